package io.github.facilioo4j.fleet;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * One real PostgreSQL per test JVM, started from the binaries zonky ships in a Maven artifact, and
 * stopped when the JVM exits. Tests start from empty tables.
 */
final class Postgres {
  private static EmbeddedPostgres server;
  private static HikariDataSource pool;

  private Postgres() {}

  static synchronized EmbeddedPostgres server() {
    if (server == null) {
      try {
        server = EmbeddedPostgres.builder().start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      EmbeddedPostgres started = server;
      Runtime.getRuntime()
          .addShutdownHook(
              new Thread(
                  () -> {
                    try {
                      started.close();
                    } catch (IOException ignored) {
                      // The JVM is exiting; the data directory is temporary.
                    }
                  }));
    }
    return server;
  }

  static synchronized DataSource dataSource() {
    if (pool == null) {
      pool = pool(jdbcUrl());
    }
    return pool;
  }

  /** A pool over the database, as an integrator's application has one. */
  static HikariDataSource pool(String jdbcUrl) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(jdbcUrl);
    config.setMaximumPoolSize(16);
    return new HikariDataSource(config);
  }

  static String jdbcUrl() {
    return server().getJdbcUrl("postgres", "postgres");
  }

  /** Drops the SDK's tables, so that each test migrates from nothing. */
  static void dropTables() throws SQLException {
    try (Connection c = dataSource().getConnection();
        Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS facilioo_create_ledger");
      s.execute("DROP TABLE IF EXISTS facilioo_rate_bucket");
    }
  }
}
