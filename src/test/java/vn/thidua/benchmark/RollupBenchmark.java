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
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thidua.dataset.CountryPlan;
import vn.thidua.dataset.DatasetReport;
import vn.thidua.dataset.DatasetSpec;
import vn.thidua.dataset.NationalDataset;
import vn.thidua.dataset.RollupSql;
import vn.thidua.organisation.OrgUnits;

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
  private static final int WARMUP_SECONDS = 5;
  private static final int MIN_RUNS = 10;

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
      switch (settings.task()) {
        case "generate" -> {}
        case "serve" -> serve(database);
        default -> {
          List<Case> cases = cases(connection, spec);
          measure(database, cases);
          measureApplication(database, cases);
        }
      }
    }
    Files.write(out.resolve("results.md"), lines);
    say("Load average at the end: " + loadAverage());
    say("Results in " + out.resolve("results.md").toAbsolutePath().normalize());
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

  private void measure(Database database, List<Case> cases) throws SQLException, IOException {
    say("");
    say(
        ("Each row: up to %d warm-up runs (at most %d s), then up to %d timed runs (at most %d s),"
                + " on a new connection.")
            .formatted(settings.warmup(), WARMUP_SECONDS, settings.samples(), settings.seconds()));
    say(
        "Plan cache: 'auto' is PostgreSQL's default, as the application's prepared statements"
            + " meet it; 'custom' sets plan_cache_mode = force_custom_plan.");
    say("");
    say(
        "| scope | as of | query | plan cache | units | workers | runs | median ms | p95 ms"
            + " | server CPU ms/run |");
    say("|---|---|---|---|---:|---:|---:|---:|---:|---:|");
    for (Case scope : cases) {
      for (LocalDate day : List.of(BEFORE_REFORM, settings.today())) {
        for (Query query : Query.values()) {
          RollupSql.Totals totals;
          try (Connection connection = database.connect()) {
            totals = RollupSql.total(connection, scope.path(), day);
            explain(connection, query, scope, day);
          }
          for (PlanCache cache : PlanCache.values()) {
            try (Connection connection = database.connect()) {
              cache.apply(connection);
              Measurement measured = time(connection, query, scope.path(), day);
              say(
                  "| %s | %s | %s | %s | %,d | %,d | %d | %.2f | %.2f | %s |"
                      .formatted(
                          scope.name(),
                          day,
                          query.label,
                          cache.label,
                          totals.grassrootsUnits(),
                          totals.workers(),
                          measured.samples().count(),
                          measured.samples().median(),
                          measured.samples().p95(),
                          Double.isNaN(measured.cpuMillis())
                              ? "n/a"
                              : "%.2f".formatted(measured.cpuMillis())));
            }
          }
        }
      }
    }
  }

  /**
   * The same roll-ups through the organisation module's {@code UnitFigures.rollUp}, which runs the
   * by-child query with the application's pool and prepared statements (plan cache "auto").
   */
  private void measureApplication(Database database, List<Case> cases) throws SQLException {
    say("");
    say("Through the application (UnitFigures.rollUp, all look-ups included):");
    say("");
    say("| scope | as of | units | workers | runs | median ms | p95 ms | server CPU ms/run |");
    say("|---|---|---:|---:|---:|---:|---:|---:|");
    try (ApplicationRollup application = new ApplicationRollup(database);
        Connection probe = database.connect()) {
      Optional<ServerCpu> server = ServerCpu.of(probe);
      for (Case scope : cases) {
        for (LocalDate day : List.of(BEFORE_REFORM, settings.today())) {
          long unitId = scope.unitId();
          var rollUp = application.rollUp(unitId, day);
          long warmupEnd = System.nanoTime() + WARMUP_SECONDS * 1_000_000_000L;
          for (int i = 0; i < settings.warmup() && System.nanoTime() < warmupEnd; i++) {
            application.rollUp(unitId, day);
          }
          double cpuBefore = server.map(ServerCpu::millis).orElse(Double.NaN);
          long end = System.nanoTime() + settings.seconds() * 1_000_000_000L;
          long[] nanos = new long[settings.samples()];
          int runs = 0;
          while (runs < nanos.length && (runs < MIN_RUNS || System.nanoTime() < end)) {
            long start = System.nanoTime();
            application.rollUp(unitId, day);
            nanos[runs++] = System.nanoTime() - start;
          }
          double cpu = (server.map(ServerCpu::millis).orElse(Double.NaN) - cpuBefore) / runs;
          Samples samples = Samples.of(Arrays.copyOf(nanos, runs));
          say(
              "| %s | %s | %,d | %,d | %d | %.2f | %.2f | %s |"
                  .formatted(
                      scope.name(),
                      day,
                      rollUp.total().grassrootsUnits(),
                      rollUp.total().workers(),
                      runs,
                      samples.median(),
                      samples.p95(),
                      Double.isNaN(cpu) ? "n/a" : "%.2f".formatted(cpu)));
        }
      }
    }
  }

  private record Measurement(Samples samples, double cpuMillis) {}

  /** Times the query as the application runs it: a fresh statement per call, same connection. */
  private Measurement time(Connection connection, Query query, String prefix, LocalDate day)
      throws SQLException {
    long warmupEnd = System.nanoTime() + WARMUP_SECONDS * 1_000_000_000L;
    for (int i = 0; i < settings.warmup() && System.nanoTime() < warmupEnd; i++) {
      query.run(connection, prefix, day);
    }
    Optional<ServerCpu> server = ServerCpu.of(connection);
    double cpuBefore = server.map(ServerCpu::millis).orElse(Double.NaN);
    long end = System.nanoTime() + settings.seconds() * 1_000_000_000L;
    long[] nanos = new long[settings.samples()];
    int runs = 0;
    while (runs < nanos.length && (runs < MIN_RUNS || System.nanoTime() < end)) {
      long start = System.nanoTime();
      query.run(connection, prefix, day);
      nanos[runs++] = System.nanoTime() - start;
    }
    double cpu = (server.map(ServerCpu::millis).orElse(Double.NaN) - cpuBefore) / runs;
    return new Measurement(Samples.of(Arrays.copyOf(nanos, runs)), cpu);
  }

  /**
   * Keeps two plans: the custom plan for the values ("custom"), and the plan PostgreSQL's plan
   * cache settles on after a prepared statement has run six times ("cached"), which is what the
   * application's pooled connections end up using.
   */
  private void explain(Connection connection, Query query, Case scope, LocalDate day)
      throws SQLException, IOException {
    String title = "-- " + scope.name() + " " + scope.path() + " as of " + day + ", " + query.label;
    List<String> custom = new ArrayList<>(List.of(title + ", custom plan"));
    try (PreparedStatement explain =
        connection.prepareStatement("explain (analyze, buffers) " + query.sql)) {
      query.bind(explain, scope.path(), day);
      try (ResultSet rs = explain.executeQuery()) {
        while (rs.next()) {
          custom.add(rs.getString(1));
        }
      }
    }
    List<String> cached = new ArrayList<>(List.of(title + ", plan cache after six runs"));
    String execute = "execute rollup(" + String.join(", ", query.literals(scope.path(), day)) + ")";
    try (Statement statement = connection.createStatement()) {
      statement.execute("prepare rollup as " + numbered(query.sql));
      for (int i = 0; i < 6; i++) {
        statement.execute(execute);
      }
      try (ResultSet rs = statement.executeQuery("explain (analyze, buffers) " + execute)) {
        while (rs.next()) {
          cached.add(rs.getString(1));
        }
      }
      statement.execute("deallocate rollup");
    }
    String file =
        "%s-%s-%s"
            .formatted(scope.name().replaceAll("[^A-Za-z0-9]+", "-"), day, query.name())
            .toLowerCase();
    Files.write(out.resolve("plans").resolve(file + "-custom.txt"), custom);
    Files.write(out.resolve("plans").resolve(file + "-cached.txt"), cached);
  }

  /** JDBC's ? placeholders as $1, $2, ... for a server-side PREPARE. */
  private static String numbered(String sql) {
    StringBuilder numbered = new StringBuilder();
    int n = 0;
    for (char c : sql.toCharArray()) {
      if (c == '?') {
        numbered.append('$').append(++n);
      } else {
        numbered.append(c);
      }
    }
    return numbered.toString();
  }

  private enum PlanCache {
    AUTO("auto", null),
    CUSTOM("custom", "set plan_cache_mode = force_custom_plan");

    private final String label;
    private final String setting;

    PlanCache(String label, String setting) {
      this.label = label;
      this.setting = setting;
    }

    void apply(Connection connection) throws SQLException {
      if (setting != null) {
        try (Statement statement = connection.createStatement()) {
          statement.execute(setting);
        }
      }
    }
  }

  private record Case(String name, String path) {
    long unitId() {
      String[] ids = path.split("/");
      return Long.parseLong(ids[ids.length - 1]);
    }
  }

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

    /** The parameters as SQL literals, in order (the values are the benchmark's own). */
    List<String> literals(String prefix, LocalDate day) {
      String path = "'" + prefix + "'";
      String upper = "'" + OrgUnits.pathUpperBound(prefix) + "'";
      String date = "date '" + day + "'";
      return this == TOTAL
          ? List.of(date, date, path, upper, date, date)
          : List.of(path, date, date, path, upper, date, date);
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
