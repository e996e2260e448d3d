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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thidua.dataset.CountryPlan;
import vn.thidua.dataset.DatasetReport;
import vn.thidua.dataset.DatasetSpec;
import vn.thidua.dataset.NationalDataset;
import vn.thidua.dataset.RollupSql;

/**
 * Measures the subtree roll-up "as of a date" on the national dataset: for the national root, the
 * largest province, a district, a district ended by the 2025 reform and a grassroots union, as of
 * 30/09/2020 and as of today, the total and the breakdown by child. Each is warmed up, then timed
 * over many runs; its plan is kept with {@code EXPLAIN (ANALYZE, BUFFERS)}.
 *
 * <p>Run with {@code ./mvnw -B -Pbenchmark verify}; options are system properties, see
 * docs/PERFORMANCE.md.
 */
public final class RollupBenchmark {

  static final LocalDate BEFORE_REFORM = LocalDate.of(2020, 9, 30);

  private final Settings settings;
  private final Path out;
  private final List<String> lines = new ArrayList<>();

  private RollupBenchmark(Settings settings) {
    this.settings = settings;
    this.out = Path.of(settings.out());
  }

  public static void main(String[] args) throws Exception {
    ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME))
        .setLevel(Level.WARN);
    new RollupBenchmark(Settings.fromSystem()).run();
    System.exit(0);
  }

  private void run() throws SQLException, IOException {
    Files.createDirectories(out.resolve("plans"));
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
      if (!settings.generateOnly()) {
        measure(connection, cases(connection, spec));
      }
    }
    Files.write(out.resolve("results.md"), lines);
    say("Results in " + out.resolve("results.md").toAbsolutePath().normalize());
  }

  private void describe(Connection connection) throws SQLException {
    say("");
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

  private List<Case> cases(Connection connection, DatasetSpec spec) throws SQLException {
    String largest = CountryPlan.of(spec).largestProvince().code();
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
    return List.of(
        new Case("national", root),
        new Case("province " + largest, province),
        new Case("district", district),
        new Case("reformed district", reformed),
        new Case("grassroots", grassroots));
  }

  private void measure(Connection connection, List<Case> cases) throws SQLException, IOException {
    say("");
    say(
        "Each figure: %d warm-up runs, then %d timed runs on one connection."
            .formatted(settings.warmup(), settings.samples()));
    say("");
    say(
        "| scope | path | as of | query | units | workers | median ms | p95 ms | min ms | max ms |");
    say("|---|---|---|---|---:|---:|---:|---:|---:|---:|");
    for (Case scope : cases) {
      for (LocalDate day : List.of(BEFORE_REFORM, settings.today())) {
        for (Query query : Query.values()) {
          RollupSql.Totals totals = RollupSql.total(connection, scope.path(), day);
          Samples samples = time(connection, query, scope.path(), day);
          say(
              "| %s | `%s` | %s | %s | %,d | %,d | %.2f | %.2f | %.2f | %.2f |"
                  .formatted(
                      scope.name(),
                      scope.path(),
                      day,
                      query.label,
                      totals.grassrootsUnits(),
                      totals.workers(),
                      samples.median(),
                      samples.p95(),
                      samples.min(),
                      samples.max()));
          explain(connection, query, scope, day);
        }
      }
    }
  }

  /** Times the query as the application runs it: a fresh statement per call, same connection. */
  private Samples time(Connection connection, Query query, String prefix, LocalDate day)
      throws SQLException {
    for (int i = 0; i < settings.warmup(); i++) {
      query.run(connection, prefix, day);
    }
    long[] nanos = new long[settings.samples()];
    for (int i = 0; i < nanos.length; i++) {
      long start = System.nanoTime();
      query.run(connection, prefix, day);
      nanos[i] = System.nanoTime() - start;
    }
    return Samples.of(nanos);
  }

  private void explain(Connection connection, Query query, Case scope, LocalDate day)
      throws SQLException, IOException {
    List<String> plan = new ArrayList<>();
    plan.add("-- " + scope.name() + " " + scope.path() + " as of " + day + ", " + query.label);
    try (PreparedStatement explain =
        connection.prepareStatement("explain (analyze, buffers) " + query.sql)) {
      query.bind(explain, scope.path(), day);
      try (ResultSet rs = explain.executeQuery()) {
        while (rs.next()) {
          plan.add(rs.getString(1));
        }
      }
    }
    String file =
        "%s-%s-%s.txt"
            .formatted(scope.name().replaceAll("[^A-Za-z0-9]+", "-"), day, query.name())
            .toLowerCase();
    Files.write(out.resolve("plans").resolve(file), plan);
  }

  private record Case(String name, String path) {}

  private enum Query {
    TOTAL("total", RollupSql.TOTAL),
    BY_CHILD("by child", RollupSql.BY_CHILD);

    private final String label;
    private final String sql;

    Query(String label, String sql) {
      this.label = label;
      this.sql = sql;
    }

    void bind(PreparedStatement statement, String prefix, LocalDate day) throws SQLException {
      if (this == TOTAL) {
        RollupSql.bindTotal(statement, prefix, day);
      } else {
        RollupSql.bindByChild(statement, prefix, day);
      }
    }

    void run(Connection connection, String prefix, LocalDate day) throws SQLException {
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        bind(statement, prefix, day);
        try (ResultSet rs = statement.executeQuery()) {
          while (rs.next()) {
            rs.getLong(2);
          }
        }
      }
    }
  }

  private void say(String line) {
    System.out.println(line);
    lines.add(line);
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
