package vn.thidua.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import vn.thidua.shared.infra.EmbeddedDatabase;

/**
 * The database the benchmark runs on: the server that {@code bench.jdbc-url} (or
 * SPRING_DATASOURCE_URL) names, or an embedded PostgreSQL 17 whose data stays in {@code
 * bench.data-dir} between runs. Flyway brings the schema up to date either way.
 */
record Database(String url, String user, String password, String description) {

  static Database fromSettings(Settings settings) {
    String url = settings.jdbcUrl();
    if (url != null && !url.isBlank()) {
      return new Database(url, settings.user(), settings.password(), "external " + url);
    }
    Path dir = Path.of(settings.dataDir());
    if (settings.fresh()) {
      removeDataDirectory(dir);
    }
    // Not "clean": the embedded server would delete a clean data directory when it stops.
    var server = EmbeddedDatabase.serverFor(dir, false);
    return new Database(
        server.getJdbcUrl("postgres", "postgres"),
        "postgres",
        null,
        "embedded PostgreSQL, data in " + dir.toAbsolutePath().normalize());
  }

  private static void removeDataDirectory(Path dir) {
    if (!Files.exists(dir)) {
      return;
    }
    if (!Files.exists(dir.resolve("PG_VERSION"))) {
      throw new IllegalStateException(dir + " is not a PostgreSQL data directory; not removing it");
    }
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot remove " + dir, e);
    }
  }

  void migrate() {
    Flyway.configure()
        .dataSource(url, user, password)
        .locations("classpath:db/migration")
        .outOfOrder(true)
        .load()
        .migrate();
  }

  /** A psql command line for the same database. */
  String psql() {
    return "psql '" + url.replace("jdbc:", "") + "'";
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }
}
