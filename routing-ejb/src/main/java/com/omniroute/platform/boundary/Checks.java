package com.omniroute.platform.boundary;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks of what a boundary is given, as {@code VALIDATION} refusals that name the field: Bean
 * Validation of what it is about to write, and the page of a list it is asked for.
 */
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

  /**
   * @throws ServiceException {@code VALIDATION} naming {@code first} or {@code size} unless the
   *     page starts at row 0 or later and has 1 to {@code maxSize} rows
   */
  public static void page(int first, int size, int maxSize) {
    if (first < 0) {
      throw ServiceException.invalid("first", "First row must be 0 or more");
    }
    if (size < 1 || size > maxSize) {
      throw ServiceException.invalid("size", "Page size must be between 1 and " + maxSize);
    }
  }
}
