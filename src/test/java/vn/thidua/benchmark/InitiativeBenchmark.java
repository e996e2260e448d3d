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
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.thidua.ThiDuaApplication;
import vn.thidua.dataset.DatasetSpec;
import vn.thidua.dataset.InitiativeDataset;
import vn.thidua.dataset.NationalDataset;
import vn.thidua.initiative.AchievementSql;
import vn.thidua.initiative.ProgrammeAchievement;
import vn.thidua.initiative.Programmes;

/**
 * Times a programme's achievement on the national dataset with a million initiatives: the national
 * leaderboard (the confederation's achievement with its provinces ranked) and the largest
 * province's achievement page (with its districts, sector and zone unions ranked), through the
 * application's facade and as the SQL alone — the programme totals, and the row-based statement
 * they replaced, checking that both agree — and keeps each plan; then what the totals' triggers add
 * to a level's decision.
 *
 * <p>Run with {@code ./mvnw -B -Pbenchmark verify
 * -Dbench.main=vn.thidua.benchmark.InitiativeBenchmark}; see docs/PERFORMANCE.md.
 */
public final class InitiativeBenchmark {

  static final int INITIATIVES = 1_000_000;
  static final int AUTHORS = 600_000;
  private static final int WARMUP_SECONDS = 5;
  private static final int MIN_RUNS = 10;
  private static final int DECISIONS = 200;

  private final Settings settings;
  private final Path out;
  private final List<String> lines = new ArrayList<>();

  private InitiativeBenchmark(Settings settings) {
    this.settings = settings;
    this.out = Path.of(settings.out());
  }

  public static void main(String[] args) throws Exception {
    ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger(Logger.ROOT_LOGGER_NAME))
        .setLevel(Level.WARN);
    new InitiativeBenchmark(Settings.fromSystem()).run();
    System.exit(0);
  }

  /** A unit, with every path it has had (the application's UnitPlaces.pathsOver). */
  private record Case(String name, long unitId, List<String> paths) {}

  private void run() throws SQLException, IOException {
    Path plans = out.resolve("plans");
    Files.createDirectories(plans);
    DatasetSpec spec = DatasetSpec.national();
    Database database = Database.fromSettings(settings);
    say("Database: " + database.description());
    long migrating = System.nanoTime();
    database.migrate();
    say(
        "Flyway (with the programme totals' backfill when V22 is new): %.1f s"
            .formatted((System.nanoTime() - migrating) / 1_000_000_000.0));
    long programme;
    List<Case> cases;
    try (Connection connection = database.connect()) {
      if (!NationalDataset.exists(connection, spec)) {
        NationalDataset.generate(connection, spec, this::say);
      }
      programme = InitiativeDataset.find(connection);
      if (programme == 0) {
        programme = InitiativeDataset.generate(connection, INITIATIVES, AUTHORS, this::say);
      } else {
        say("Reusing the programme " + programme);
      }
      say("Load average (1, 5, 15 min) before measuring: " + loadAverage());
      say(
          "Initiatives: %,d (recognised %,d); authors: %,d; targets: %,d"
              .formatted(
                  number(
                      connection,
                      "select count(*) from initiative where programme_id = " + programme),
                  number(
                      connection,
                      "select count(*) from initiative where recognised_rank > 0 and programme_id = "
                          + programme),
                  number(connection, "select count(*) from initiative_author"),
                  number(
                      connection,
                      "select count(*) from programme_target where programme_id = " + programme)));
      cases =
          List.of(
              unitCase(connection, "national", "select id, path from org_unit where code = 'TLD'"),
              unitCase(
                  connection,
                  "largest province",
                  """
                  select u.id, u.path from org_unit u
                   where u.code like 'BM-P%' and u.parent_id = (select id from org_unit where code = 'TLD')
                   order by (select count(*) from initiative i
                              where i.unit_path >= u.path
                                and i.unit_path < substr(u.path, 1, length(u.path) - 1) || '0') desc
                   limit 1
                  """));
      measureSql(connection, programme, cases, plans);
      measureDecisions(connection, programme);
    }
    measureApplication(database, programme, cases);
    Files.write(out.resolve("initiatives.md"), lines);
    say("Load average at the end: " + loadAverage());
    say("Results in " + out.resolve("initiatives.md").toAbsolutePath().normalize());
  }

  private void measureSql(Connection connection, long programme, List<Case> cases, Path plans)
      throws SQLException, IOException {
    say("");
    say("The SQL alone (custom plans, work_mem 64 MB as the application sets it), milliseconds:");
    say("| scope | statement | rows | median | p95 | min | runs |");
    say("|---|---|---:|---:|---:|---:|---:|");
    execute(connection, "set plan_cache_mode = force_custom_plan");
    execute(connection, "set work_mem = '64MB'");
    for (Case scope : cases) {
      AchievementSql.Statement before =
          AchievementSql.rowBased(programme, scope.unitId(), scope.paths(), 1);
      AchievementSql.Statement after = AchievementSql.totals(programme, scope.unitId(), 1);
      List<String> beforeRows = measure(connection, scope, "row-based (before)", before);
      List<String> afterRows = measure(connection, scope, "programme totals (after)", after);
      say(
          "  %s: the totals %s the row-based statement (%d rows)"
              .formatted(
                  scope.name(),
                  beforeRows.equals(afterRows) ? "agree with" : "DISAGREE with",
                  afterRows.size()));
      String name = "achievement-" + scope.name().replace(' ', '-');
      Files.write(plans.resolve(name + "-row-based.txt"), plan(connection, before));
      Files.write(plans.resolve(name + ".txt"), plan(connection, after));
    }
  }

  /**
   * What keeping the totals costs a decision: a level recognising an initiative (its rank raised by
   * one) with the triggers that keep the totals, and with them disabled, each in a transaction that
   * is rolled back.
   */
  private void measureDecisions(Connection connection, long programme) throws SQLException {
    List<Long> sample = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet rs =
            statement.executeQuery(
                "select id from initiative where programme_id = %d and recognised_rank between 1 and 3"
                        .formatted(programme)
                    + " order by id offset 5000 limit %d".formatted(DECISIONS))) {
      while (rs.next()) {
        sample.add(rs.getLong(1));
      }
    }
    say("");
    say("A level's decision (update of the initiative's rank), milliseconds:");
    say("| totals | median | p95 | min | decisions |");
    say("|---|---:|---:|---:|---:|");
    for (boolean kept : List.of(true, false)) {
      long[] nanos = new long[sample.size()];
      connection.setAutoCommit(false);
      try (PreparedStatement decide =
          connection.prepareStatement(
              "update initiative set recognised_rank = recognised_rank + 1 where id = ?")) {
        if (!kept) {
          execute(connection, "alter table initiative disable trigger programme_totals");
        }
        for (int i = 0; i < sample.size(); i++) {
          decide.setLong(1, sample.get(i));
          long started = System.nanoTime();
          decide.executeUpdate();
          nanos[i] = System.nanoTime() - started;
        }
      } finally {
        connection.rollback();
        connection.setAutoCommit(true);
      }
      Samples samples = Samples.of(nanos);
      say(
          "| %s | %.2f | %.2f | %.2f | %d |"
              .formatted(
                  kept ? "kept by the triggers" : "triggers disabled",
                  samples.median(),
                  samples.p95(),
                  samples.min(),
                  samples.count()));
    }
  }

  /** Times the statement; returns its rows as "key recognised authors benefit", key 0 the total. */
  private List<String> measure(
      Connection connection, Case scope, String label, AchievementSql.Statement statement) {
    List<String> rows = new ArrayList<>();
    Samples samples =
        time(
            () -> {
              try (PreparedStatement query =
                      prepared(connection, statement.sql(), statement.values());
                  ResultSet rs = query.executeQuery()) {
                rows.clear();
                boolean rowBased = rs.getMetaData().getColumnCount() == 5;
                while (rs.next()) {
                  Object key = rs.getObject(1);
                  if (rowBased && rs.getInt("whole") == 1) {
                    key = 0L;
                  } else if (key == null) {
                    continue; // initiatives of the unit itself count in the total only
                  }
                  rows.add(
                      "%s %d %d %d"
                          .formatted(
                              key,
                              rs.getLong("recognised"),
                              rs.getLong("authors"),
                              rs.getLong(rowBased ? "benefit" : "benefit_vnd")));
                }
              } catch (SQLException e) {
                throw new IllegalStateException(e);
              }
              return null;
            });
    say(
        "| %s | %s | %d | %.1f | %.1f | %.1f | %d |"
            .formatted(
                scope.name(),
                label,
                rows.size(),
                samples.median(),
                samples.p95(),
                samples.min(),
                samples.count()));
    return rows.stream().sorted().toList();
  }

  private static List<String> plan(Connection connection, AchievementSql.Statement statement)
      throws SQLException {
    List<String> plan = new ArrayList<>();
    try (PreparedStatement explain =
            prepared(
                connection,
                "explain (analyze, buffers, settings) " + statement.sql(),
                statement.values());
        ResultSet rs = explain.executeQuery()) {
      while (rs.next()) {
        plan.add(rs.getString(1));
      }
    }
    return plan;
  }

  private void measureApplication(Database database, long programme, List<Case> cases) {
    say("");
    say(
        "Through the application (Programmes.publicBoard: the SQL, targets, names, ranking), milliseconds:");
    say("| scope | units ranked | median | p95 | min | runs |");
    say("|---|---:|---:|---:|---:|---:|");
    try (ConfigurableApplicationContext context = application(database)) {
      Programmes programmes = context.getBean(Programmes.class);
      for (Case scope : cases) {
        ProgrammeAchievement[] last = new ProgrammeAchievement[1];
        Samples samples =
            time(
                () -> {
                  last[0] = programmes.publicBoard(programme, scope.unitId());
                  return null;
                });
        say(
            "| %s | %d | %.1f | %.1f | %.1f | %d |"
                .formatted(
                    scope.name(),
                    last[0].units().size(),
                    samples.median(),
                    samples.p95(),
                    samples.min(),
                    samples.count()));
        say(
            "  %s: target %,d, recognised %,d (%s %%), authors %,d"
                .formatted(
                    scope.name(),
                    last[0].target(),
                    last[0].recognised(),
                    last[0].percent(),
                    last[0].authors()));
      }
    }
  }

  private static ConfigurableApplicationContext application(Database database) {
    return new SpringApplicationBuilder(ThiDuaApplication.class)
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
  }

  private Samples time(Supplier<Void> work) {
    long warmupEnd = System.nanoTime() + WARMUP_SECONDS * 1_000_000_000L;
    for (int i = 0; i < settings.warmup() && System.nanoTime() < warmupEnd; i++) {
      work.get();
    }
    long end = System.nanoTime() + settings.seconds() * 1_000_000_000L;
    long[] nanos = new long[settings.samples()];
    int runs = 0;
    while (runs < settings.samples() && (runs < MIN_RUNS || System.nanoTime() < end)) {
      long started = System.nanoTime();
      work.get();
      nanos[runs++] = System.nanoTime() - started;
    }
    return Samples.of(Arrays.copyOf(nanos, runs));
  }

  private static PreparedStatement prepared(Connection connection, String sql, Object[] values)
      throws SQLException {
    PreparedStatement statement = connection.prepareStatement(sql);
    for (int i = 0; i < values.length; i++) {
      statement.setObject(i + 1, values[i]);
    }
    return statement;
  }

  private static Case unitCase(Connection connection, String name, String sql) throws SQLException {
    long id;
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      id = rs.getLong(1);
    }
    List<String> paths = new ArrayList<>();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "select distinct path from unit_placement where unit_id = ? order by path")) {
      statement.setLong(1, id);
      try (ResultSet rs = statement.executeQuery()) {
        while (rs.next()) {
          paths.add(rs.getString(1));
        }
      }
    }
    return new Case(name, id, paths);
  }

  private static void execute(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  private static long number(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
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
}
