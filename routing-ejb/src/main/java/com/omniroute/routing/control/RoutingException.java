package com.omniroute.routing.control;

/**
 * A refused event: unknown id, a transition the current state does not allow, or invalid input. A
 * refused event has changed nothing. The code maps one to one onto the API's error codes.
 */
public class RoutingException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What kind of refusal this is. */
  public enum Code {
    /** The interaction, agent or campaign is not known to the core (404). */
    NOT_FOUND,
    /**
     * The event does not fit the current state, for example accepting an active interaction (409).
     */
    INVALID_STATE,
    /** A value is out of its range, for example a priority of 12 (400). */
    VALIDATION
  }

  private final Code code;

  public RoutingException(Code code, String message) {
    super(message);
    this.code = code;
  }

  public Code code() {
    return code;
  }

  static RoutingException notFound(String message) {
    return new RoutingException(Code.NOT_FOUND, message);
  }

  static RoutingException invalidState(String message) {
    return new RoutingException(Code.INVALID_STATE, message);
  }

  static RoutingException validation(String message) {
    return new RoutingException(Code.VALIDATION, message);
  }
}
