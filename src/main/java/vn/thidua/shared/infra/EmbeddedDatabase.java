package vn.thidua.shared.infra;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL server per data folder and JVM: the application's default run keeps its
 * data under ./data, and the test contexts of one build share a server in target/.
 */
public final class EmbeddedDatabase {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabase.class);
  private static final Map<Path, EmbeddedPostgres> SERVERS = new ConcurrentHashMap<>();

  private EmbeddedDatabase() {}

  public static EmbeddedPostgres serverFor(Path dataDirectory, boolean clean) {
    return SERVERS.computeIfAbsent(
        dataDirectory.toAbsolutePath().normalize(), dir -> start(dir, clean));
  }

  private static EmbeddedPostgres start(Path dataDirectory, boolean clean) {
    try {
      Files.createDirectories(dataDirectory);
      EmbeddedPostgres server =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(clean)
              .setServerConfig("max_connections", "200")
              .setLocaleConfig("locale", "C.UTF-8")
              .setLocaleConfig("encoding", "UTF8")
              .start();
      log.info(
          "Embedded PostgreSQL started on port {} with data in {}",
          server.getPort(),
          dataDirectory);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> close(server), "embedded-pg-stop"));
      return server;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot start the embedded PostgreSQL server", e);
    }
  }

  private static void close(EmbeddedPostgres server) {
    try {
      server.close();
    } catch (IOException e) {
      log.warn("Embedded PostgreSQL did not stop cleanly", e);
    }
  }
}
