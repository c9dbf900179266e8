package com.omniroute.platform.boundary;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Bean Validation of what a boundary is about to write, as a {@code VALIDATION} refusal. */
public final class Checks {

  private Checks() {}

  /**
   * @throws ServiceException {@code VALIDATION}, naming every refused field, when the bean breaks
   *     any of its constraints
   */
  public static <T> T valid(Validator validator, T bean) {
    Set<ConstraintViolation<T>> found = validator.validate(bean);
    if (found.isEmpty()) {
      return bean;
    }
    List<Violation> violations =
        found.stream()
            .map(v -> new Violation(v.getPropertyPath().toString(), v.getMessage()))
            .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
            .toList();
    String message =
        violations.size() == 1
            ? violations.get(0).message()
            : violations.size() + " fields are invalid: " + violations.get(0).message() + ", ...";
    Map<Violation, ConstraintViolation<?>> behind = new HashMap<>();
    found.forEach(
        v -> behind.put(new Violation(v.getPropertyPath().toString(), v.getMessage()), v));
    throw new ServiceException(ErrorCode.VALIDATION, message, violations).fromConstraints(behind);
  }
}
