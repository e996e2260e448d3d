package vn.thidua.benchmark;

import ch.qos.logback.classic.Level;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.thidua.dataset.CountryPlan;
import vn.thidua.dataset.DatasetSpec;
import vn.thidua.dataset.InitiativeDataset;
import vn.thidua.dataset.NationalDataset;
import vn.thidua.dataset.ReviewDataset;
import vn.thidua.report.Review;
import vn.thidua.report.ReviewKind;
import vn.thidua.report.ReviewPeriod;
import vn.thidua.report.Reviews;
import vn.thidua.shared.security.SystemUser;

/**
 * Times the annual review (tổng kết năm) on the national dataset: of the nation, of the largest
 * province, of a district and of one grassroots union, through the application ({@link
 * Reviews#build}) and as the very statements the application sent, recorded and sent again alone
 * over JDBC; keeps {@code EXPLAIN (ANALYZE, BUFFERS)} of each; then loads the review API over HTTP
 * with wrk (100 connections).
 *
 * <p>Run with {@code ./mvnw -B -Pbenchmark verify
 * -Dbench.main=vn.thidua.benchmark.ReviewBenchmark}; {@code -Dbench.task=sql} skips the HTTP load,
 * {@code -Dbench.task=http} does only that, {@code -Dbench.task=generate} only generates. See
 * docs/PERFORMANCE.md.
 */
public final class ReviewBenchmark {

  static final int YEAR = Integer.getInteger("bench.year", 2025);
  private static final String TOKEN = "thd_benchmarkreviewbenchmarkreviewbenchmark1";

  private final Settings settings;
  private final Timer timer;

  /** For each statement on its own: at most 3 warm-up runs, up to 50 timed runs or 3 s. */
  private final Timer quick;

  private final Path out;
  private final List<String> lines = new ArrayList<>();

  private ReviewBenchmark(Settings settings) {
    this.settings = settings;
    this.timer = new Timer(settings);
    this.quick =
        new Timer(
            new Settings(
                settings.jdbcUrl(),
                settings.user(),
                settings.password(),
                settings.dataDir(),
                false,
                settings.people(),
                settings.task(),
                Math.min(3, settings.warmup()),
                Math.min(50, settings.samples()),
                Math.min(3, settings.seconds()),
                settings.out(),
                settings.today()));
    this.out = Path.of(settings.out());
  }

  public static void main(String[] args) throws Exception {
    ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME))
        .setLevel(Level.WARN);
    new ReviewBenchmark(Settings.fromSystem()).run();
    System.exit(0);
  }

  /** A reviewed unit. */
  private record Case(String name, long unitId) {

    String file() {
      return name.toLowerCase().replaceAll("[^a-z0-9]+", "-");
    }
  }

  private void run() throws SQLException, IOException, InterruptedException {
    Path plans = out.resolve("plans").resolve("review");
    Files.createDirectories(plans);
    DatasetSpec spec = DatasetSpec.national().withPeople(settings.people());
    Database database = Database.fromSettings(settings);
    say("Database: " + database.description());
    database.migrate();
    List<Case> cases;
    List<Long> grassroots;
    try (Connection connection = database.connect()) {
      generate(connection, spec);
      if (settings.task().equals("generate")) {
        Files.write(out.resolve("review.md"), lines);
        return;
      }
      describe(connection);
      cases = cases(connection, spec);
      grassroots = grassrootsSample(connection, cases.get(2).unitId());
    }
    StatementRecorder recorder = new StatementRecorder();
    try (RunningApplication application = new RunningApplication(database, recorder)) {
      if (!settings.task().equals("http")) {
        measure(database, application, recorder, cases, plans);
      }
      if (!settings.task().equals("sql")) {
        http(database, application, cases, grassroots);
      }
    }
    say("");
    say("Load average at the end: " + loadAverage());
    Files.write(out.resolve("review.md"), lines);
    System.out.println("Results in " + out.resolve("review.md").toAbsolutePath().normalize());
  }

  private void generate(Connection connection, DatasetSpec spec) throws SQLException {
    if (!NationalDataset.exists(connection, spec)) {
      NationalDataset.generate(connection, spec, this::say);
    }
    if (InitiativeDataset.find(connection) == 0) {
      InitiativeDataset.generate(
          connection, InitiativeBenchmark.INITIATIVES, InitiativeBenchmark.AUTHORS, this::say);
    }
    if (ReviewDataset.exists(connection, spec)) {
      say("Reusing the review's records");
    } else {
      say("Generating the review's records of %d and %d".formatted(YEAR - 1, YEAR));
      ReviewDataset.generate(connection, spec, YEAR, this::say);
    }
  }

  private void describe(Connection connection) throws SQLException {
    say("");
    say("Load average (1, 5, 15 min) before measuring: " + loadAverage());
    say("Server: " + text(connection, "select version()"));
    say("");
    say("| records | %d | %d |".formatted(YEAR - 1, YEAR));
    say("|---|---:|---:|");
    for (String[] row :
        new String[][] {
          {"honours held, individuals", "honour_held where recipient = 'INDIVIDUAL' and", "year"},
          {"honours held, collectives", "honour_held where recipient = 'COLLECTIVE' and", "year"},
          {"movements launched", "movement where status = 'LAUNCHED' and", "starts_on"},
          {
            "registrations (not drafts)",
            "registration r join movement m on m.id = r.movement_id where r.status <> 'DRAFT' and",
            "m.starts_on"
          },
          {"contests finished", "contest where status = 'FINISHED' and", "finished_on"},
          {
            "contest entries",
            "contest_registration r join contest c on c.id = r.contest_id where",
            "c.finished_on"
          },
          {"initiatives submitted", "initiative where", "submitted_on"},
          {
            "recognitions decided",
            "initiative_review where outcome = 'RECOGNISED' and",
            "decided_on"
          }
        }) {
      long[] counts = new long[2];
      for (int i = 0; i < 2; i++) {
        int year = YEAR - 1 + i;
        String filter =
            row[2].equals("year")
                ? "year = " + year
                : "%s between date '%d-01-01' and date '%d-12-31'".formatted(row[2], year, year);
        counts[i] = number(connection, "select count(*) from " + row[1] + " " + filter);
      }
      say("| %s | %,d | %,d |".formatted(row[0], counts[0], counts[1]));
    }
    say(
        "Union teams (SUBUNIT): %,d; people: %,d"
            .formatted(
                number(
                    connection,
                    "select count(*) from org_unit u join unit_level l on l.id = u.level_id"
                        + " where l.code = 'SUBUNIT'"),
                number(connection, "select count(*) from person")));
  }

  private List<Case> cases(Connection connection, DatasetSpec spec) throws SQLException {
    String largest = CountryPlan.of(spec).largestProvince().code();
    long province = id(connection, "select id from org_unit where code = '" + largest + "'");
    long district =
        id(
            connection,
            """
            select u.id from org_unit u join unit_level l on l.id = u.level_id
             where l.code = 'DISTRICT' and u.ended_on is null and u.parent_id = %d
             order by u.code limit 1
            """
                .formatted(province));
    long union =
        id(
            connection,
            """
            select u.id from org_unit u join unit_level l on l.id = u.level_id
             where l.grassroots and u.parent_id = %d and u.ended_on is null
               and u.founded_on < date '%d-01-01'
             order by u.id limit 1
            """
                .formatted(district, YEAR - 1));
    return List.of(
        new Case("national", id(connection, "select id from org_unit where code = 'TLD'")),
        new Case("province " + largest, province),
        new Case("district", district),
        new Case("grassroots", union));
  }

  /** Grassroots unions of the district's province, for the HTTP load. */
  private static List<Long> grassrootsSample(Connection connection, long district)
      throws SQLException {
    List<Long> ids = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery(
                """
                select u.id from org_unit u join unit_level l on l.id = u.level_id
                 where l.grassroots and u.ended_on is null
                   and u.path like (select p.path from org_unit d join org_unit p on p.id = d.parent_id
                                     where d.id = %d) || '%%'
                 order by abs(hashint8extended(u.id, 7)) limit 200
                """
                    .formatted(district))) {
      while (rs.next()) {
        ids.add(rs.getLong(1));
      }
    }
    return ids;
  }

  private void measure(
      Database database,
      RunningApplication running,
      StatementRecorder recorder,
      List<Case> cases,
      Path plans)
      throws SQLException, IOException {
    Reviews reviews = running.bean(Reviews.class);
    ReviewPeriod period = ReviewPeriod.of(ReviewKind.YEAR, YEAR);
    long root = cases.get(0).unitId();
    List<String> summary = new ArrayList<>();
    summary.add("");
    summary.add(
        "Annual review %d (compared with %d), milliseconds; ratio = application median / SQL median:"
            .formatted(YEAR, YEAR - 1));
    summary.add(
        "| review | statements | application median | p95 | fastest | runs"
            + " | SQL alone median | p95 | fastest | runs | ratio | server CPU ms/run app / SQL |");
    summary.add("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    try (Connection connection = database.connect()) {
      Optional<ServerCpu> server = ServerCpu.of(connection);
      for (Case scope : cases) {
        Review[] review = new Review[1];
        List<StatementRecorder.Sent> sent =
            recorder.record(
                () ->
                    review[0] = SystemUser.call(root, () -> reviews.build(scope.unitId(), period)));
        say("");
        say(
            ("%s: %,d grassroots unions, %,d workers, %,d initiatives submitted, %,d contest"
                    + " entries; %d rows below; %d statements")
                .formatted(
                    scope.name(),
                    review[0].current().organisation().grassrootsUnits(),
                    review[0].current().organisation().workers(),
                    review[0].current().initiativesSubmitted(),
                    review[0].current().contestEntries(),
                    review[0].breakdown().size(),
                    sent.size()));
        Timer.Measurement application =
            timer.time(
                server, () -> SystemUser.call(root, () -> reviews.build(scope.unitId(), period)));
        Timer.Measurement alone = timer.time(server, () -> replay(connection, sent));
        say("| statement | rows | median ms | p95 | fastest | runs |");
        say("|---|---:|---:|---:|---:|---:|");
        List<String> plan = new ArrayList<>();
        for (int i = 0; i < sent.size(); i++) {
          StatementRecorder.Sent statement = sent.get(i);
          if (!statement.isQuery()) {
            continue;
          }
          long[] rows = new long[1];
          Timer.Measurement one =
              quick.time(
                  Optional.empty(),
                  () -> {
                    connection.setAutoCommit(false);
                    try {
                      StatementRecorder.execute(
                          connection, "set local plan_cache_mode = force_custom_plan");
                      rows[0] = statement.run(connection);
                    } finally {
                      connection.rollback();
                      connection.setAutoCommit(true);
                    }
                  });
          String label = label(statement, i);
          say(
              "| %s | %,d | %.2f | %.2f | %.2f | %d |"
                  .formatted(
                      label,
                      rows[0],
                      one.samples().median(),
                      one.samples().p95(),
                      one.samples().min(),
                      one.samples().count()));
          plan.add("-- " + label);
          plan.add(statement.sql().strip());
          plan.add("-- values: " + values(statement));
          plan.addAll(explain(connection, statement));
          plan.add("");
        }
        Files.write(plans.resolve(scope.file() + ".txt"), plan, StandardCharsets.UTF_8);
        summary.add(
            "| %s | %d | %.1f | %.1f | %.1f | %d | %.1f | %.1f | %.1f | %d | %.2f | %.1f / %.1f |"
                .formatted(
                    scope.name(),
                    sent.size(),
                    application.samples().median(),
                    application.samples().p95(),
                    application.samples().min(),
                    application.samples().count(),
                    alone.samples().median(),
                    alone.samples().p95(),
                    alone.samples().min(),
                    alone.samples().count(),
                    application.samples().median() / alone.samples().median(),
                    application.cpuMillis(),
                    alone.cpuMillis()));
      }
    }
    summary.forEach(this::say);
  }

  /** Sends the recorded statements again, in order, in one read-only transaction. */
  private static void replay(Connection connection, List<StatementRecorder.Sent> sent)
      throws SQLException {
    connection.setAutoCommit(false);
    connection.setReadOnly(true);
    try {
      for (StatementRecorder.Sent statement : sent) {
        statement.run(connection);
      }
    } finally {
      connection.rollback();
      connection.setReadOnly(false);
      connection.setAutoCommit(true);
    }
  }

  private static List<String> explain(Connection connection, StatementRecorder.Sent statement)
      throws SQLException {
    List<String> plan = new ArrayList<>();
    connection.setAutoCommit(false);
    try {
      StatementRecorder.execute(connection, "set local plan_cache_mode = force_custom_plan");
      try (PreparedStatement explain =
              statement.prepare(connection, "explain (analyze, buffers, settings) ");
          ResultSet rs = explain.executeQuery()) {
        while (rs.next()) {
          plan.add(rs.getString(1));
        }
      }
    } finally {
      connection.rollback();
      connection.setAutoCommit(true);
    }
    return plan;
  }

  private static String values(StatementRecorder.Sent statement) {
    return statement.parameters().stream()
        .map(call -> String.valueOf(call.args()[1]))
        .reduce((a, b) -> a + ", " + b)
        .orElse("none");
  }

  /** What a statement counts, from its SQL. */
  private static String label(StatementRecorder.Sent statement, int index) {
    String sql = statement.sql();
    String name;
    if (sql.contains("subtree_tally")) {
      name =
          "ledger: "
              + statement.parameters().stream()
                  .map(call -> String.valueOf(call.args()[1]))
                  .filter(value -> value.matches("[a-z]+/([a-z]+/)*"))
                  .findFirst()
                  .orElse("?");
    } else if (sql.contains("launched as")) {
      name = "movements (MovementFigureQueries)";
    } else if (sql.contains("registered as")) {
      name = "movement registrations (MovementFigureQueries)";
    } else if (sql.contains("held as")) {
      name = "contests (ContestFigureQueries)";
    } else if (sql.contains("recognised_author")) {
      name = "recognised authors (InitiativeFigureQueries, recognised_author)";
    } else if (sql.contains("count(distinct a.person_id)")) {
      name = "initiative authors (InitiativeFigureQueries)";
    } else if (sql.contains("from initiative i")) {
      name = "initiatives (InitiativeFigureQueries)";
    } else if (sql.contains("honour_held")) {
      name = "honours";
    } else if (sql.contains("grassroots_units")) {
      name = "roll-up (FigureBook)";
    } else {
      String flat = sql.strip().replaceAll("\\s+", " ");
      name = "look-up: " + flat.substring(0, Math.min(60, flat.length())).replace("|", "/");
    }
    return "#%d %s".formatted(index + 1, name);
  }

  /**
   * wrk with 100 connections for {@code bench.seconds} × 3 on the review API and then the dashboard
   * API of 200 grassroots unions taken in turn, of the district, of the province and of the nation,
   * signed in with an API token of a national viewer.
   */
  private void http(
      Database database, RunningApplication application, List<Case> cases, List<Long> grassroots)
      throws SQLException, IOException, InterruptedException {
    try (Connection connection = database.connect()) {
      token(connection, cases.get(0).unitId());
    }
    String base = "http://127.0.0.1:" + application.port();
    String query = "/review?kind=YEAR&year=" + YEAR;
    Path script = out.resolve("review-wrk.lua");
    say("");
    say("HTTP: wrk, 2 threads, 100 connections, " + 3 * settings.seconds() + " s each, " + base);
    say("| URL | requests | requests/s | median ms | p95 ms | p99 ms | errors |");
    say("|---|---:|---:|---:|---:|---:|---:|");
    List<String[]> loads = new ArrayList<>();
    // Smallest first: requests wrk abandons at the end of a load still run on the server and
    // would hold the pool for the next one.
    loads.add(
        new String[] {
          "/api/units/{200 grassroots unions}" + query,
          grassroots.stream()
              .map(id -> "'/api/units/" + id + query + "'")
              .reduce((a, b) -> a + ", " + b)
              .orElseThrow()
        });
    loads.add(
        new String[] {
          "/api/units/{200 grassroots unions}/dashboard",
          grassroots.stream()
              .map(id -> "'/api/units/" + id + "/dashboard'")
              .reduce((a, b) -> a + ", " + b)
              .orElseThrow()
        });
    for (Case scope : List.of(cases.get(2), cases.get(1), cases.get(0))) {
      String review = "/api/units/" + scope.unitId() + query;
      String dashboard = "/api/units/" + scope.unitId() + "/dashboard";
      loads.add(new String[] {review + " (" + scope.name() + ")", "'" + review + "'"});
      loads.add(new String[] {dashboard + " (" + scope.name() + ")", "'" + dashboard + "'"});
    }
    String extra = System.getProperty("bench.url", "");
    if (!extra.isBlank()) {
      loads.add(new String[] {extra, "'" + extra + "'"});
    }
    for (String[] load : loads) {
      String paths = load[1].endsWith("'") ? load[1] : load[1] + query + "'";
      Files.writeString(script, wrkScript(paths));
      Process wrk =
          new ProcessBuilder(
                  "wrk",
                  "-t2",
                  "-c100",
                  "-d" + 3 * settings.seconds() + "s",
                  "--timeout",
                  "30s",
                  "-s",
                  script.toString(),
                  base)
              .redirectErrorStream(true)
              .start();
      String output = new String(wrk.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      wrk.waitFor();
      Files.writeString(out.resolve("wrk-" + loads.indexOf(load) + ".txt"), output);
      String result =
          output
              .lines()
              .filter(line -> line.startsWith("RESULT"))
              .findFirst()
              .orElse("RESULT ? ? ? ? ? ?");
      String[] f = result.split(" ");
      say(
          "| %s | %s | %s | %s | %s | %s | %s |"
              .formatted(load[0], f[1], f[2], f[3], f[4], f[5], f[6]));
    }
  }

  /** Requests the paths in turn with the token; prints one RESULT line. */
  private static String wrkScript(String paths) {
    return """
        local paths = { %s }
        local i = 0
        request = function()
          i = i %% #paths + 1
          return wrk.format("GET", paths[i], { ["Authorization"] = "Bearer %s",
                                                ["Accept"] = "application/json" })
        end
        done = function(summary, latency, requests)
          local errors = summary.errors.connect + summary.errors.read + summary.errors.write
                         + summary.errors.status + summary.errors.timeout
          io.write(string.format("RESULT %%d %%.1f %%.1f %%.1f %%.1f %%d\\n", summary.requests,
            summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000,
            latency:percentile(95) / 1000, latency:percentile(99) / 1000, errors))
        end
        """
        .formatted(paths, TOKEN);
  }

  /** A national viewer with a known API token (its SHA-256 stored, as the application does). */
  private static void token(Connection connection, long root) throws SQLException {
    StatementRecorder.execute(
        connection,
        """
        insert into app_user (username, full_name, search_name, password_hash)
        values ('bench-reviewer', 'Benchmark', 'benchmark', '{noop}-') on conflict do nothing;
        insert into user_grant (user_id, role, unit_id)
        select id, 'VIEWER', %d from app_user where username = 'bench-reviewer'
        on conflict do nothing;
        insert into api_token (user_id, name, token_hash, prefix)
        select id, 'benchmark', '%s', '%s' from app_user where username = 'bench-reviewer'
        on conflict do nothing;
        """
            .formatted(root, sha256(TOKEN), TOKEN.substring(0, 12)));
  }

  private static long id(Connection connection, String sql) throws SQLException {
    return number(connection, sql);
  }

  private void say(String line) {
    System.out.println(line);
    lines.add(line);
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException e) {
      return "unknown";
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
      if (!rs.next()) {
        throw new IllegalStateException("No row for: " + sql);
      }
      return rs.getLong(1);
    }
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
