package vn.thidua.benchmark;

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
import java.util.Optional;
import java.util.function.Consumer;
import vn.thidua.dataset.RollupSql;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.RollUp;
import vn.thidua.organisation.UnitFigures;

/**
 * Times the subtree roll-up "as of a date" for each scope, as of 30/09/2020 and as of today: the
 * total and the breakdown by child as SQL alone, with the plan cache as it is and planned for the
 * values, each with its plans; then through the organisation module's {@code UnitFigures.rollUp}.
 */
final class RollupBenchmark {

  static final LocalDate BEFORE_REFORM = LocalDate.of(2020, 9, 30);

  private final Timer timer;
  private final LocalDate today;
  private final Consumer<String> say;
  private final Path plans;

  RollupBenchmark(Timer timer, LocalDate today, Consumer<String> say, Path plans) {
    this.timer = timer;
    this.today = today;
    this.say = say;
    this.plans = plans;
  }

  void measure(Database database, List<Scope> cases) throws SQLException, IOException {
    say("");
    say("Each row: " + timer.describe() + ", on a new connection.");
    say(
        "Plan cache: 'auto' is PostgreSQL's default, as the application's prepared statements"
            + " meet it; 'custom' sets plan_cache_mode = force_custom_plan.");
    say("");
    say(
        "| scope | as of | query | plan cache | units | workers | runs | median ms | p95 ms"
            + " | server CPU ms/run |");
    say("|---|---|---|---|---:|---:|---:|---:|---:|---:|");
    for (Scope scope : cases) {
      for (LocalDate day : List.of(BEFORE_REFORM, today)) {
        for (Query query : Query.values()) {
          RollupSql.Totals totals;
          try (Connection connection = database.connect()) {
            totals = RollupSql.total(connection, scope.path(), day);
            explain(connection, query, scope, day);
          }
          for (PlanCache cache : PlanCache.values()) {
            try (Connection connection = database.connect()) {
              cache.apply(connection);
              Timer.Measurement measured =
                  timer.time(
                      ServerCpu.of(connection), () -> query.run(connection, scope.path(), day));
              say(
                  "| %s | %s | %s | %s | %,d | %,d | %s |"
                      .formatted(
                          scope.name(),
                          day,
                          query.label,
                          cache.label(),
                          totals.grassrootsUnits(),
                          totals.workers(),
                          measured.cells()));
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
  void measureApplication(RunningApplication application, Database database, List<Scope> cases)
      throws SQLException {
    say("");
    say("Through the application (UnitFigures.rollUp, all look-ups included):");
    say("");
    say("| scope | as of | units | workers | runs | median ms | p95 ms | server CPU ms/run |");
    say("|---|---|---:|---:|---:|---:|---:|---:|");
    UnitFigures figures = application.bean(UnitFigures.class);
    try (Connection probe = database.connect()) {
      Optional<ServerCpu> server = ServerCpu.of(probe);
      for (Scope scope : cases) {
        for (LocalDate day : List.of(BEFORE_REFORM, today)) {
          long unitId = scope.unitId();
          RollUp rollUp = figures.rollUp(unitId, day);
          Timer.Measurement measured = timer.time(server, () -> figures.rollUp(unitId, day));
          say(
              "| %s | %s | %,d | %,d | %s |"
                  .formatted(
                      scope.name(),
                      day,
                      rollUp.total().grassrootsUnits(),
                      rollUp.total().workers(),
                      measured.cells()));
        }
      }
    }
  }

  /**
   * Keeps two plans: the custom plan for the values ("custom"), and the plan PostgreSQL's plan
   * cache settles on after a prepared statement has run six times ("cached"), which is what the
   * application's pooled connections end up using.
   */
  private void explain(Connection connection, Query query, Scope scope, LocalDate day)
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
    Files.write(plans.resolve(file + "-custom.txt"), custom);
    Files.write(plans.resolve(file + "-cached.txt"), cached);
  }

  /** JDBC's ? placeholders as $1, $2, ... for a server-side PREPARE. */
  static String numbered(String sql) {
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
    say.accept(line);
  }
}
