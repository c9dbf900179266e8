package com.omniroute.common.entity;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Stores every {@link Instant} as its UTC wall-clock time, to the microsecond, in a {@code
 * TIMESTAMP(6)} (H2) or {@code DATETIME(6)} (MySQL) column.
 *
 * <p>JPA 3.1 has no mapping for {@code Instant}, and going through {@code java.sql.Timestamp} would
 * shift stored values with the server's default time zone, so the converter fixes UTC itself.
 *
 * <p>Instants are written as text ({@code 2026-01-15 10:30:00.250000}), which both databases read
 * into the date-time column exactly. A temporal JDBC type would not do: mysql-connector-j decides
 * from the server's version whether it may send fractions of a second, and MariaDB 10 announces
 * itself as {@code 5.5.5-10.x}, so the driver would silently cut every instant to the whole second
 * there. Reading, EclipseLink hands over what the driver returns for the column: a {@code
 * LocalDateTime} from mysql-connector-j, a {@code Timestamp} from H2; hence the {@code Object}.
 */
@Converter(autoApply = true)
public class InstantConverter implements AttributeConverter<Instant, Object> {

  private static final DateTimeFormatter STORED =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm:ss.SSSSSS");

  @Override
  public Object convertToDatabaseColumn(Instant instant) {
    return instant == null ? null : STORED.format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
  }

  @Override
  public Instant convertToEntityAttribute(Object stored) {
    if (stored == null) {
      return null;
    }
    LocalDateTime utc;
    if (stored instanceof LocalDateTime dateTime) {
      utc = dateTime;
    } else if (stored instanceof Timestamp timestamp) {
      utc = timestamp.toLocalDateTime();
    } else if (stored instanceof String text) {
      utc = LocalDateTime.parse(text.replace(' ', 'T'));
    } else {
      throw new IllegalArgumentException("Not a stored date-time: " + stored.getClass().getName());
    }
    return utc.toInstant(ZoneOffset.UTC);
  }
}
