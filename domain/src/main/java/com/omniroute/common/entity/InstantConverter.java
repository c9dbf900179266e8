package com.omniroute.common.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Stores every {@link Instant} as its UTC wall-clock time.
 *
 * <p>JPA 3.1 has no mapping for {@code Instant}, and going through {@code java.sql.Timestamp} would
 * shift stored values with the server's default time zone. UTC local date-times map to {@code
 * TIMESTAMP} on H2 and {@code DATETIME} on MySQL identically, whatever zone the JVM runs in.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, LocalDateTime> {

  @Override
  public LocalDateTime convertToDatabaseColumn(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  @Override
  public Instant convertToEntityAttribute(LocalDateTime utc) {
    return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
  }
}
