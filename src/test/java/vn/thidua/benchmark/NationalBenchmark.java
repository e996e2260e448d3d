package vn.thidua.benchmark;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thidua.dataset.CountryPlan;
import vn.thidua.dataset.DatasetReport;
import vn.thidua.dataset.DatasetSpec;
import vn.thidua.dataset.NationalDataset;

/**
 * Measures the national dataset (generated on the first run): the subtree roll-up "as of a date"
 * ({@link RollupBenchmark}) and the people registry's lists, name searches and counts ({@link
 * PeopleBenchmark}), each as SQL alone with its plans and through the application's facades.
 *
 * <p>Run with {@code ./mvnw -B -Pbenchmark verify}; options are system properties, see
 * docs/PERFORMANCE.md.
 */
public final class NationalBenchmark {

  /** Name fragments typed without diacritics: common, very common, and rare. */
  static final List<String> NAMES = List.of("nguyen van an", "tran thi", "kieu van loc");

  private final Settings settings;
  private final Path out;
  private final List<String> lines = new ArrayList<>();
  private final Timer timer;

  private NationalBenchmark(Settings settings) {
    this.settings = settings;
    this.out = Path.of(settings.out());
    this.timer = new Timer(settings);
  }

  public static void main(String[] args) throws Exception {
    ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME))
        .setLevel(Level.WARN);
    new NationalBenchmark(Settings.fromSystem()).run();
    System.exit(0);
  }

  private void run() throws SQLException, IOException {
    Path plans = out.resolve("plans");
    Files.createDirectories(plans);
    try (var old = Files.list(plans)) {
      for (Path plan : old.toList()) {
        Files.delete(plan);
      }
    }
    DatasetSpec spec = DatasetSpec.national().withPeople(settings.people());
    Database database = Database.fromSettings(settings);
    say("Database: " + database.description());
    database.migrate();
    try (Connection connection = database.connect()) {
      if (NationalDataset.exists(connection, spec)) {
        say("Reusing the dataset with prefix " + spec.codePrefix());
      } else {
        DatasetReport report = NationalDataset.generate(connection, spec, this::say);
        say(
            "Generated in %.1f s: %,d placements, %,d figure records, %,d workers, %,d people"
                .formatted(
                    report.took().toMillis() / 1000.0,
                    report.placements(),
                    report.figures(),
                    report.workers(),
                    report.people()));
      }
      describe(connection);
      String task = settings.task();
      if (task.equals("serve")) {
        serve(database);
      } else if (!task.equals("generate")) {
        measure(connection, database, spec, task);
      }
    }
    say("Load average at the end: " + loadAverage());
    Files.write(out.resolve("results.md"), lines);
    System.out.println("Results in " + out.resolve("results.md").toAbsolutePath().normalize());
  }

  /** Task "all" measures everything, "rollup" and "people" one part. */
  private void measure(Connection connection, Database database, DatasetSpec spec, String task)
      throws SQLException, IOException {
    Path plans = out.resolve("plans");
    Scopes scopes = scopes(connection, spec);
    boolean rollup = !task.equals("people");
    boolean people = !task.equals("rollup") && hasPeople(connection);
    if (!task.equals("rollup") && !people) {
      say("");
      say(
          "No person rows: the people registry is not measured (generate with -Dbench.people=true)");
    }
    RollupBenchmark rollups = new RollupBenchmark(timer, settings.today(), this::say, plans);
    PeopleBenchmark registry = new PeopleBenchmark(timer, this::say, plans);
    List<Scope> rollupScopes =
        List.of(
            scopes.national(),
            scopes.largest(),
            scopes.district(),
            scopes.reformed(),
            scopes.grassroots());
    List<PeopleBenchmark.Search> searches =
        PeopleBenchmark.searches(
            List.of(
                scopes.national(),
                scopes.largest(),
                scopes.smallest(),
                scopes.district(),
                scopes.grassroots()),
            List.of(scopes.national(), scopes.largest()),
            NAMES);
    List<Scope> counted =
        List.of(scopes.national(), scopes.largest(), scopes.district(), scopes.grassroots());
    if (rollup) {
      rollups.measure(database, rollupScopes);
    }
    if (people) {
      registry.measureStatements(database, searches, counted);
    }
    try (RunningApplication application = new RunningApplication(database)) {
      if (rollup) {
        rollups.measureApplication(application, database, rollupScopes);
      }
      if (people) {
        registry.measureApplication(
            application, database, scopes.national().unitId(), searches, counted);
      }
    }
  }

  /** Keeps the database up for queries by hand until the process is stopped. */
  private void serve(Database database) {
    say("Serving " + database.url() + " until stopped (psql: " + database.psql() + ")");
    try {
      Thread.sleep(Long.MAX_VALUE);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private void describe(Connection connection) throws SQLException {
    say("");
    say("Load average (1, 5, 15 min) before measuring: " + loadAverage());
    say("Server: " + text(connection, "select version()"));
    for (String setting :
        List.of(
            "shared_buffers",
            "work_mem",
            "effective_cache_size",
            "random_page_cost",
            "max_parallel_workers_per_gather",
            "jit",
            "plan_cache_mode")) {
      say("  %-32s %s".formatted(setting, text(connection, "show " + setting)));
    }
    say("");
    say("| table | rows | size with indexes |");
    say("|---|---:|---:|");
    for (String table :
        List.of("org_unit", "unit_placement", "unit_figures", "unit_lineage", "person")) {
      if (text(connection, "select to_regclass('" + table + "')::text") == null) {
        continue;
      }
      say(
          "| %s | %,d | %s |"
              .formatted(
                  table,
                  number(connection, "select count(*) from " + table),
                  text(
                      connection,
                      "select pg_size_pretty(pg_total_relation_size('" + table + "'))")));
    }
  }

  private record Scopes(
      Scope national,
      Scope largest,
      Scope smallest,
      Scope district,
      Scope reformed,
      Scope grassroots) {}

  private Scopes scopes(Connection connection, DatasetSpec spec) throws SQLException {
    CountryPlan plan = CountryPlan.of(spec);
    String largest = plan.largestProvince().code();
    String smallest =
        plan.provinces().stream()
            .min(Comparator.comparingInt(CountryPlan.Province::grassroots))
            .orElseThrow()
            .code();
    String root = text(connection, "select path from org_unit where code = 'TLD'");
    String province = pathOf(connection, "select path from org_unit where code = ?", largest);
    String district =
        pathOf(
            connection,
            """
            select u.path from org_unit u join unit_level l on l.id = u.level_id
            where l.code = 'DISTRICT' and u.ended_on is null and starts_with(u.path, ?)
            order by u.code limit 1
            """,
            province);
    String reformed =
        pathOf(
            connection,
            """
            select u.path from org_unit u join unit_level l on l.id = u.level_id
            where l.code = 'DISTRICT' and u.ended_on is not null and starts_with(u.path, ?)
            order by u.code limit 1
            """,
            province);
    String grassroots =
        pathOf(
            connection,
            """
            select u.path from org_unit u join unit_level l on l.id = u.level_id
            where l.grassroots and starts_with(u.path, ?) and u.founded_on <= date '2020-09-30'
              and u.ended_on is null
            order by u.id limit 1
            """,
            district);
    return new Scopes(
        new Scope("national", root, true),
        new Scope("province " + largest, province, false),
        new Scope(
            "province " + smallest,
            pathOf(connection, "select path from org_unit where code = ?", smallest),
            false),
        new Scope("district", district, false),
        new Scope("reformed district", reformed, false),
        new Scope("grassroots", grassroots, false));
  }

  private static boolean hasPeople(Connection connection) throws SQLException {
    return text(connection, "select to_regclass('person')::text") != null
        && number(connection, "select count(*) from (select 1 from person limit 1000) p") >= 1000;
  }

  private void say(String line) {
    System.out.println(line);
    lines.add(line);
  }

  private static String loadAverage() {
    try {
      String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return fields[0] + " " + fields[1] + " " + fields[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String pathOf(Connection connection, String sql, String param)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(sql)) {
      query.setString(1, param);
      try (ResultSet rs = query.executeQuery()) {
        if (!rs.next()) {
          throw new IllegalStateException("No unit for: " + sql);
        }
        return rs.getString(1);
      }
    }
  }

  private static String text(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  private static long number(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
