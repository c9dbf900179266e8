package com.omniroute.common.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class InstantConverterTest {

  private final InstantConverter converter = new InstantConverter();

  @Test
  void writesTheUtcWallClockToTheMicrosecondAsText() {
    Instant instant = Instant.parse("2026-01-15T10:30:00.046696Z");
    assertThat(converter.convertToDatabaseColumn(instant)).isEqualTo("2026-01-15 10:30:00.046696");
  }

  @Test
  void readsWhatEitherDriverReturnsForTheColumn() {
    Instant expected = Instant.parse("2026-01-15T10:30:00.046696Z");
    LocalDateTime utc = LocalDateTime.parse("2026-01-15T10:30:00.046696");
    assertThat(converter.convertToEntityAttribute(utc)).isEqualTo(expected);
    assertThat(converter.convertToEntityAttribute(Timestamp.valueOf(utc))).isEqualTo(expected);
    assertThat(converter.convertToEntityAttribute("2026-01-15 10:30:00.046696"))
        .isEqualTo(expected);
    assertThat(converter.convertToEntityAttribute("2026-01-15 10:30:00"))
        .isEqualTo(Instant.parse("2026-01-15T10:30:00Z"));
  }

  @Test
  void keepsNothingAsNothing() {
    assertThat(converter.convertToDatabaseColumn(null)).isNull();
    assertThat(converter.convertToEntityAttribute(null)).isNull();
  }
}
