package com.omniroute.platform.boundary;

import jakarta.ejb.ApplicationException;
import java.util.List;

/**
 * A refusal by a boundary: bad input, an unknown or invisible object, a state that does not allow
 * the change. It always rolls the transaction back, so nothing is half-written, and reaches the
 * caller unwrapped, with its code, a sentence a person can read, and the refused fields.
 */
@ApplicationException(rollback = true)
public class ServiceException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ErrorCode code;
  private final List<Violation> violations;
  private final int retryAfterSeconds;

  public ServiceException(ErrorCode code, String message) {
    this(code, message, List.of());
  }

  public ServiceException(ErrorCode code, String message, List<Violation> violations) {
    this(code, message, violations, 0);
  }

  private ServiceException(
      ErrorCode code, String message, List<Violation> violations, int retryAfterSeconds) {
    super(message);
    this.code = code;
    this.violations = List.copyOf(violations);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public static ServiceException notFound(String what, Object id) {
    return new ServiceException(ErrorCode.NOT_FOUND, what + " " + id + " does not exist");
  }

  /**
   * Nothing could be stored now and nothing was changed: the caller should try again after the
   * given number of seconds (the API's {@code Retry-After}).
   */
  public static ServiceException unavailable(String message, int retryAfterSeconds) {
    return new ServiceException(ErrorCode.UNAVAILABLE, message, List.of(), retryAfterSeconds);
  }

  public static ServiceException invalid(String field, String message) {
    return new ServiceException(
        ErrorCode.VALIDATION, message, List.of(new Violation(field, message)));
  }

  public ErrorCode code() {
    return code;
  }

  public List<Violation> violations() {
    return violations;
  }

  /** For {@link ErrorCode#UNAVAILABLE}: when to try again, in seconds; 0 otherwise. */
  public int retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
