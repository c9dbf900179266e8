package com.omniroute.platform.control;

import java.util.Locale;
import java.util.Map;

/**
 * The few spellings in which the supported databases differ, as Flyway placeholders for the
 * migrations in {@code db/migration}. Everything else in the migrations is SQL both understand.
 *
 * <p>MySQL tables are utf8mb4 (every character, emoji included) with the binary collation {@code
 * utf8mb4_bin}: names then compare, sort and clash exactly as on H2. The servers' default
 * collations fold case and accents, and MariaDB's {@code utf8mb4_general_ci} even holds all emoji
 * equal, so "Support 🎧" and "Support 🎮" could not both be campaigns of one group.
 */
public enum SqlDialect {
  H2(Map.of("datetime", "TIMESTAMP(6)", "table_options", "", "clob", "CLOB")),
  MYSQL(
      Map.of(
          "datetime",
          "DATETIME(6)",
          "clob",
          "MEDIUMTEXT",
          "table_options",
          "ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_bin"));

  private final Map<String, String> placeholders;

  SqlDialect(Map<String, String> placeholders) {
    this.placeholders = placeholders;
  }

  public Map<String, String> placeholders() {
    return placeholders;
  }

  /**
   * The dialect for a JDBC {@code DatabaseMetaData.getDatabaseProductName()}.
   *
   * @throws IllegalArgumentException for a database the product does not support
   */
  public static SqlDialect forProductName(String productName) {
    String name = productName.toLowerCase(Locale.ROOT);
    if (name.contains("h2")) {
      return H2;
    }
    if (name.contains("mysql") || name.contains("mariadb")) {
      return MYSQL;
    }
    throw new IllegalArgumentException(
        "Unsupported database '" + productName + "': RoutingDS must point at H2 or MySQL");
  }
}
