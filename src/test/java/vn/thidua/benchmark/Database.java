package vn.thidua.benchmark;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
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
    var server = EmbeddedDatabase.serverFor(dir, settings.fresh());
    return new Database(
        server.getJdbcUrl("postgres", "postgres"),
        "postgres",
        null,
        "embedded PostgreSQL, data in " + dir.toAbsolutePath().normalize());
  }

  void migrate() {
    Flyway.configure()
        .dataSource(url, user, password)
        .locations("classpath:db/migration")
        .load()
        .migrate();
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }
}
