package com.omniroute.platform.boundary;

/**
 * The error codes of the API contract (docs/design.md section 9), each with the HTTP status it maps
 * to.
 */
public enum ErrorCode {
  VALIDATION(400),
  UNAUTHORIZED(401),
  FORBIDDEN(403),
  NOT_FOUND(404),
  /** The change conflicts with the current state: a duplicate name, a stale version, in use. */
  CONFLICT(409),
  INVALID_STATE(409),
  CAMPAIGN_DISABLED(409),
  CAMPAIGN_CLOSED(409),
  QUEUE_FULL(429),
  /**
   * The routing engine cannot store anything now (the database is unreachable, or the engine is
   * rebuilding after a failed commit): nothing was changed, try again after {@code Retry-After}.
   */
  UNAVAILABLE(503);

  private final int status;

  ErrorCode(int status) {
    this.status = status;
  }

  public int status() {
    return status;
  }
}
