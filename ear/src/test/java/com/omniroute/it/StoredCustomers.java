package com.omniroute.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/**
 * What a test server's database holds, read with JDBC past the application: how many interactions
 * each customer has in a campaign. The crash and outage tests use it to show that every
 * acknowledged arrival is stored exactly once.
 */
final class StoredCustomers {

  private StoredCustomers() {}

  /**
   * Interactions per customer of the campaign, in the database the system properties {@code
   * <prefix>.url}, {@code <prefix>.user} and {@code <prefix>.password} name.
   */
  static Map<String, Integer> of(String prefix, long campaign) throws SQLException {
    Map<String, Integer> rows = new HashMap<>();
    try (Connection connection =
            DriverManager.getConnection(
                System.getProperty(prefix + ".url"),
                System.getProperty(prefix + ".user"),
                System.getProperty(prefix + ".password"));
        PreparedStatement query =
            connection.prepareStatement(
                "SELECT customer, COUNT(*) FROM interaction WHERE campaign_id = ?"
                    + " GROUP BY customer")) {
      query.setLong(1, campaign);
      try (ResultSet result = query.executeQuery()) {
        while (result.next()) {
          rows.put(result.getString(1), result.getInt(2));
        }
      }
    }
    return rows;
  }
}
