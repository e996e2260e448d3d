package vn.thidua.benchmark;

import java.time.LocalDate;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.thidua.ThiDuaApplication;
import vn.thidua.organisation.RollUp;
import vn.thidua.organisation.UnitFigures;

/**
 * The application itself, started on the benchmark's database, so that the roll-up can be timed
 * through the organisation module's facade: its extra look-ups (the unit, its placement, the
 * children's names), the connection pool and the mapping, on top of the SQL.
 */
final class ApplicationRollup implements AutoCloseable {

  private final ConfigurableApplicationContext context;
  private final UnitFigures figures;

  ApplicationRollup(Database database) {
    context =
        new SpringApplicationBuilder(ThiDuaApplication.class)
            .properties(
                "spring.datasource.url=" + database.url(),
                "spring.datasource.username=" + database.user(),
                "spring.datasource.password="
                    + (database.password() == null ? "" : database.password()),
                "thidua.demo.load=never",
                "server.port=0",
                "spring.main.banner-mode=off",
                "logging.level.root=WARN",
                "logging.level.org.springdoc=ERROR")
            .run();
    figures = context.getBean(UnitFigures.class);
  }

  RollUp rollUp(long unitId, LocalDate day) {
    return figures.rollUp(unitId, day);
  }

  @Override
  public void close() {
    context.close();
  }
}
