package com.omniroute.platform.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every list refuses a bad page the same way: the field it names and the rule in words. */
class PageTest {

  private static ValidatorFactory factory;
  private static Validator validator;
  private static Locale before;

  @BeforeAll
  static void englishValidator() {
    before = Locale.getDefault();
    Locale.setDefault(Locale.ENGLISH);
    factory = Validation.buildDefaultValidatorFactory();
    validator = factory.getValidator();
  }

  @AfterAll
  static void close() {
    factory.close();
    Locale.setDefault(before);
  }

  private static void refused(int first, int max, Class<?> limit, String field, String message) {
    assertThatThrownBy(() -> Checks.page(validator, first, max, limit))
        .isInstanceOfSatisfying(
            ServiceException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.VALIDATION);
              assertThat(e.violations()).containsExactly(new Violation(field, message));
            });
  }

  @Test
  void aPageStartsAtRowZeroOrLater() {
    refused(-1, 10, Page.UpTo500.class, "first", "First must be 0 or more");
  }

  @Test
  void aPageHasOneRowOrMoreUpToTheListsLimit() {
    refused(0, 0, Page.UpTo500.class, "max", "Max must be 1 or more");
    refused(0, 101, Page.UpTo100.class, "max", "Max must be at most 100");
    refused(0, 501, Page.UpTo500.class, "max", "Max must be at most 500");
    assertThatCode(() -> Checks.page(validator, 0, 100, Page.UpTo100.class))
        .doesNotThrowAnyException();
    assertThatCode(() -> Checks.page(validator, 7, 500, Page.UpTo500.class))
        .doesNotThrowAnyException();
  }
}
