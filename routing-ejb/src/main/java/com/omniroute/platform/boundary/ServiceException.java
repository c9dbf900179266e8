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

  public ServiceException(ErrorCode code, String message) {
    this(code, message, List.of());
  }

  public ServiceException(ErrorCode code, String message, List<Violation> violations) {
    super(message);
    this.code = code;
    this.violations = List.copyOf(violations);
  }

  public static ServiceException notFound(String what, Object id) {
    return new ServiceException(ErrorCode.NOT_FOUND, what + " " + id + " does not exist");
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
}
