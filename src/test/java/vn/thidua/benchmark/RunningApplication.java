package vn.thidua.benchmark;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.thidua.ThiDuaApplication;

/**
 * The application itself, started on the benchmark's database, so that its facades can be timed
 * with everything they do on top of the SQL: their extra look-ups, scope checks, the connection
 * pool, the transaction and the mapping.
 */
final class RunningApplication implements AutoCloseable {

  private final ConfigurableApplicationContext context;

  RunningApplication(Database database) {
    this(database, null);
  }

  /** With {@code recorder} (when not null) wrapping its DataSource. */
  RunningApplication(Database database, StatementRecorder recorder) {
    SpringApplicationBuilder builder = new SpringApplicationBuilder(ThiDuaApplication.class);
    if (recorder != null) {
      builder.initializers(context -> context.getBeanFactory().addBeanPostProcessor(recorder));
    }
    // Command-line arguments, so that they win over application.properties (server.port there).
    context =
        builder.run(
            "--spring.datasource.url=" + database.url(),
            "--spring.datasource.username=" + database.user(),
            "--spring.datasource.password="
                + (database.password() == null ? "" : database.password()),
            "--thidua.demo.load=never",
            "--server.port=0",
            "--spring.main.banner-mode=off",
            "--logging.level.root=WARN",
            "--logging.level.org.springdoc=ERROR");
  }

  /** The port its web server listens on. */
  int port() {
    return Integer.parseInt(context.getEnvironment().getProperty("local.server.port", "0"));
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  @Override
  public void close() {
    context.close();
  }
}
