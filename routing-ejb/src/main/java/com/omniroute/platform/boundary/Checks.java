package com.omniroute.platform.boundary;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.groups.Default;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Checks of what a boundary is given, as {@code VALIDATION} refusals that name the field: Bean
 * Validation of what it is about to write, and the page of a list it is asked for.
 */
public final class Checks {

  private Checks() {}

  /**
   * @param groups the validation groups to check, {@code Default} when none is given
   * @throws ServiceException {@code VALIDATION}, naming every refused field, when the bean breaks
   *     any of its constraints
   */
  public static <T> T valid(Validator validator, T bean, Class<?>... groups) {
    refuse(validator.validate(bean, groups), v -> v.getPropertyPath().toString());
    return bean;
  }

  /**
   * A value for one property of a type, checked by that property's constraints before there is an
   * object to hold it.
   *
   * @throws ServiceException {@code VALIDATION} naming {@code property} when the value breaks any
   *     of its constraints
   */
  public static <T> T validValue(Validator validator, Class<?> type, String property, T value) {
    refuse(validator.validateValue(type, property, value), v -> property);
    return value;
  }

  /**
   * @param field the field a violation refuses, as the service names it
   * @throws ServiceException {@code VALIDATION}, naming every refused field, unless {@code found}
   *     is empty
   */
  public static void refuse(
      Set<? extends ConstraintViolation<?>> found, Function<ConstraintViolation<?>, String> field) {
    if (found.isEmpty()) {
      return;
    }
    Map<Violation, ConstraintViolation<?>> behind = new HashMap<>();
    found.forEach(v -> behind.put(new Violation(field.apply(v), v.getMessage()), v));
    List<Violation> violations =
        behind.keySet().stream()
            .sorted(Comparator.comparing(Violation::field).thenComparing(Violation::message))
            .toList();
    String message =
        violations.size() == 1
            ? violations.get(0).message()
            : violations.size() + " fields are invalid: " + violations.get(0).message() + ", ...";
    throw new ServiceException(ErrorCode.VALIDATION, message, violations).fromConstraints(behind);
  }

  /**
   * @param limit {@link Page.UpTo100} or {@link Page.UpTo500}: how many rows the list allows
   * @throws ServiceException {@code VALIDATION} naming {@code first} or {@code max} unless the page
   *     starts at row 0 or later and has 1 to the limit's rows
   */
  public static void page(Validator validator, int first, int max, Class<?> limit) {
    valid(validator, new Page(first, max), Default.class, limit);
  }
}
