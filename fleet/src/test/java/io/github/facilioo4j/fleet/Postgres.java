package io.github.facilioo4j.fleet;

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

  static DataSource dataSource() {
    return server().getPostgresDatabase();
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
