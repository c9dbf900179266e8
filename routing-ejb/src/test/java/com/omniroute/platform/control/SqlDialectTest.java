package com.omniroute.platform.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SqlDialectTest {

  @Test
  void picksTheDialectFromTheJdbcProductName() {
    assertThat(SqlDialect.forProductName("H2")).isEqualTo(SqlDialect.H2);
    assertThat(SqlDialect.forProductName("MySQL")).isEqualTo(SqlDialect.MYSQL);
    assertThat(SqlDialect.forProductName("MariaDB")).isEqualTo(SqlDialect.MYSQL);
    assertThat(SqlDialect.MYSQL.placeholders()).containsEntry("datetime", "DATETIME(6)");
    assertThat(SqlDialect.MYSQL.placeholders().get("table_options"))
        .contains("ENGINE=InnoDB", "CHARSET=utf8mb4", "COLLATE=utf8mb4_bin");
    assertThat(SqlDialect.H2.placeholders()).containsEntry("table_options", "");
    assertThatThrownBy(() -> SqlDialect.forProductName("PostgreSQL"))
        .hasMessageContaining("Unsupported database 'PostgreSQL'");
  }
}
