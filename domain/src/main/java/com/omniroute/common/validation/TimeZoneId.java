package com.omniroute.common.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The annotated text is an IANA time-zone id such as {@code Europe/Madrid}; null is valid. */
@Documented
@Constraint(validatedBy = TimeZoneIdValidator.class)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
public @interface TimeZoneId {

  String message() default "{omniroute.timeZone.unknown}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
