package com.omniroute.common.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.ZoneId;

/** Accepts region ids known to the JVM's time-zone database (and {@code UTC}). */
public class TimeZoneIdValidator implements ConstraintValidator<TimeZoneId, String> {

  @Override
  public boolean isValid(String value, ConstraintValidatorContext context) {
    return value == null || ZoneId.getAvailableZoneIds().contains(value) || "UTC".equals(value);
  }
}
