package com.omniroute.platform.boundary;

import com.omniroute.platform.control.SqlDialect;
import com.omniroute.report.boundary.IntervalBackfill;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else in the application touches the database. Every
 * other start-up bean declares {@code @DependsOn("SchemaMigration")}.
 *
 * <p>Bean-managed transactions: Flyway commits each migration on its own connection, which a
 * container transaction around it would forbid.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = "java:jboss/datasources/RoutingDS")
  private DataSource dataSource;

  private volatile MigrateResult result;

  @PostConstruct
  void migrate() {
    SqlDialect dialect = dialectOf(dataSource);
    Flyway flyway =
        Flyway.configure(SchemaMigration.class.getClassLoader())
            .dataSource(dataSource)
            .locations("classpath:db/migration")
            .placeholders(dialect.placeholders())
            // Java migrations are listed, not scanned for: scanning classes inside the EAR is
            // fragile, and they need no naming convention then.
            .javaMigrations(new IntervalBackfill())
            .load();
    result = flyway.migrate();
    LOG.info(
        () ->
            String.format(
                "Schema migrated on %s: %d migration(s) applied, now at version %s",
                dialect, result.migrationsExecuted, currentVersion()));
  }

  /** The schema version after start-up, for example {@code "2"}. */
  public String currentVersion() {
    return result.targetSchemaVersion != null
        ? result.targetSchemaVersion
        : result.initialSchemaVersion;
  }

  private static SqlDialect dialectOf(DataSource dataSource) {
    try (Connection connection = dataSource.getConnection()) {
      return SqlDialect.forProductName(connection.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot reach the RoutingDS datasource", e);
    }
  }
}
