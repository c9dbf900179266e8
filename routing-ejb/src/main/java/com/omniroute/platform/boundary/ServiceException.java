package com.omniroute.platform.boundary;

import jakarta.ejb.ApplicationException;
import jakarta.validation.ConstraintViolation;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A refusal by a boundary: bad input, an unknown or invisible object, a state that does not allow
 * the change. It always rolls the transaction back, so nothing is half-written, and reaches the
 * caller unwrapped, with its code, a sentence a person can read, and the refused fields.
 *
 * <p>The sentence is English, as the API answers it. A refusal that the console shows may also
 * carry it as a {@link MessageKey} (the whole sentence, or one refused field's), which the console
 * renders in the user's language; without one the console shows the English.
 */
@ApplicationException(rollback = true)
public class ServiceException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final ErrorCode code;
  private final List<Violation> violations;
  private final int retryAfterSeconds;
  private MessageKey key;
  private final Map<Violation, MessageKey> violationKeys = new HashMap<>();

  /**
   * The Bean Validation violations behind the refused fields, so that the console can say their
   * messages in the user's language; held for local callers only (never serialised).
   */
  private final transient Map<Violation, ConstraintViolation<?>> constraints = new HashMap<>();

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
    if (violations instanceof Violations keyed) {
      violationKeys.putAll(keyed.keys());
    }
  }

  /**
   * {@code NOT_FOUND}: "Campaign 7 does not exist", for the console under the key {@code
   * refusal.notFound.campaign} ("Media type" gives {@code refusal.notFound.mediaType}) with the id.
   */
  public static ServiceException notFound(String what, Object id) {
    return new ServiceException(ErrorCode.NOT_FOUND, what + " " + id + " does not exist")
        .keyed("refusal.notFound." + camelCase(what), String.valueOf(id));
  }

  /* "Security group" as "securityGroup". */
  private static String camelCase(String words) {
    StringBuilder key = new StringBuilder();
    for (String word : words.trim().split("\\s+")) {
      key.append(
          key.isEmpty()
              ? word.toLowerCase(java.util.Locale.ROOT)
              : Character.toUpperCase(word.charAt(0))
                  + word.substring(1).toLowerCase(java.util.Locale.ROOT));
    }
    return key.toString();
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

  /** {@link #invalid(String, String)} with the field's message as a key for the console. */
  public static ServiceException invalid(String field, String message, MessageKey key) {
    ServiceException refusal = invalid(field, message);
    refusal.key = key;
    refusal.violationKeys.put(refusal.violations.get(0), key);
    return refusal;
  }

  /** The same refusal, whose sentence the console says with this key and its arguments. */
  public ServiceException keyed(String key, Serializable... arguments) {
    this.key = MessageKey.of(key, arguments);
    return this;
  }

  /** The sentence as a key of the console's bundles, if it has one. */
  public Optional<MessageKey> key() {
    return Optional.ofNullable(key);
  }

  /** The same refusal, whose fields' messages came from these Bean Validation violations. */
  ServiceException fromConstraints(Map<Violation, ConstraintViolation<?>> behind) {
    constraints.putAll(behind);
    return this;
  }

  /** The Bean Validation violation behind a refused field, for a caller in the same JVM. */
  public Optional<ConstraintViolation<?>> constraint(Violation violation) {
    return constraints == null ? Optional.empty() : Optional.ofNullable(constraints.get(violation));
  }

  /** A refused field's message as a key of the console's bundles, if it has one. */
  public Optional<MessageKey> key(Violation violation) {
    return Optional.ofNullable(violationKeys.get(violation));
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
