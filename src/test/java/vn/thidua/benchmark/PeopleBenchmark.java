package vn.thidua.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import vn.thidua.people.People;
import vn.thidua.people.PeopleRegistry;
import vn.thidua.people.PeopleStatements;
import vn.thidua.people.PersonPage;
import vn.thidua.people.PersonSearch;
import vn.thidua.shared.security.SystemUser;

/**
 * Times the people registry's reads on 12 million workers: a list's first page (with the count
 * beside it) for a scope and a name fragment typed without diacritics, and the head count of a
 * subtree. First through the facades the pages call ({@code PeopleRegistry.search} as a national
 * administrator, {@code People.countInSubtree}), then each statement alone, planned for its values
 * and as the plan cache keeps it, with its plans.
 */
final class PeopleBenchmark {

  private final Timer timer;
  private final Consumer<String> say;
  private final Path plans;

  PeopleBenchmark(Timer timer, Consumer<String> say, Path plans) {
    this.timer = timer;
    this.say = say;
    this.plans = plans;
  }

  /** One list as a user asks for it: a scope and what they typed into the search box. */
  record Search(Scope scope, String query) {
    /** The unit to list, or null for everyone the user may see, as the people page asks. */
    Long searchedUnit() {
      return scope.national() ? null : scope.unitId();
    }

    String label() {
      return query.isEmpty() ? scope.name() : scope.name() + ", \"" + query + "\"";
    }

    String file() {
      return (scope.name() + "-" + (query.isEmpty() ? "list" : query))
          .replaceAll("[^A-Za-z0-9]+", "-")
          .toLowerCase();
    }
  }

  static List<Search> searches(List<Scope> lists, List<Scope> searched, List<String> names) {
    List<Search> searches = new ArrayList<>();
    for (Scope scope : lists) {
      searches.add(new Search(scope, ""));
    }
    for (Scope scope : searched) {
      for (String name : names) {
        searches.add(new Search(scope, name));
      }
    }
    return searches;
  }

  void measureApplication(
      RunningApplication application,
      Database database,
      long rootId,
      List<Search> searches,
      List<Scope> counted)
      throws SQLException {
    PeopleRegistry registry = application.bean(PeopleRegistry.class);
    People people = application.bean(People.class);
    try (Connection probe = database.connect()) {
      Optional<ServerCpu> server = ServerCpu.of(probe);
      say.accept("");
      say.accept(
          "People through the application: PeopleRegistry.search as a national administrator"
              + " (first page of 25, and the count up to 10,000 beside it):");
      say.accept("");
      say.accept(
          "| list | matching | first on the page | runs | median ms | p95 ms | server CPU ms/run |");
      say.accept("|---|---:|---|---:|---:|---:|---:|");
      for (Search search : searches) {
        PersonSearch asked = PersonSearch.firstPage(search.searchedUnit(), search.query());
        PersonPage page = SystemUser.call(rootId, () -> registry.search(asked));
        Timer.Measurement measured =
            timer.time(server, () -> SystemUser.call(rootId, () -> registry.search(asked)));
        say.accept(
            "| %s | %s%,d | %s | %s |"
                .formatted(
                    search.label(),
                    page.totalIsAtLeast() ? "≥ " : "",
                    page.total(),
                    page.items().isEmpty() ? "" : page.items().get(0).fullName(),
                    measured.cells()));
      }
      say.accept("");
      say.accept("People through the application: People.countInSubtree (everyone working today):");
      say.accept("");
      say.accept("| scope | people | runs | median ms | p95 ms | server CPU ms/run |");
      say.accept("|---|---:|---:|---:|---:|---:|");
      for (Scope scope : counted) {
        long count = people.countInSubtree(scope.unitId());
        Timer.Measurement measured =
            timer.time(server, () -> people.countInSubtree(scope.unitId()));
        say.accept("| %s | %,d | %s |".formatted(scope.name(), count, measured.cells()));
      }
    }
  }

  /**
   * Each statement alone on its own connection, run as the application runs it (JdbcClient, so the
   * driver prepares it on the server after five runs): with PostgreSQL's plan cache as it is
   * ("auto") and with every run planned for its values ("custom"). Plans go to the plans folder.
   */
  void measureStatements(Database database, List<Search> searches, List<Scope> counted)
      throws SQLException, IOException {
    say.accept("");
    say.accept("People, each statement alone (" + timer.describe() + ", on a new connection):");
    say.accept("");
    say.accept(
        "| list | statement | plan cache | rows | runs | median ms | p95 ms | server CPU ms/run |");
    say.accept("|---|---|---|---:|---:|---:|---:|---:|");
    for (Search search : searches) {
      String path = search.scope().path();
      measure(
          database,
          search.label(),
          "page",
          search.file() + "-page",
          PeopleStatements.firstPage(path, search.query()));
      measure(
          database,
          search.label(),
          "count up to 10,001",
          search.file() + "-count",
          PeopleStatements.countUpTo(path, search.query()));
    }
    for (Scope scope : counted) {
      measure(
          database,
          scope.name(),
          "count working",
          (scope.name() + "-count-working").replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(),
          PeopleStatements.countWorking(scope.path()));
    }
  }

  private void measure(
      Database database,
      String label,
      String statementName,
      String file,
      PeopleStatements.Statement statement)
      throws SQLException, IOException {
    long rows;
    try (Connection connection = database.connect()) {
      JdbcClient jdbc = client(connection);
      rows = run(jdbc, statement);
      explain(connection, jdbc, statement, file, label + ", " + statementName);
    }
    for (PlanCache cache : PlanCache.values()) {
      try (Connection connection = database.connect()) {
        cache.apply(connection);
        JdbcClient jdbc = client(connection);
        Timer.Measurement measured =
            timer.time(ServerCpu.of(connection), () -> run(jdbc, statement));
        say.accept(
            "| %s | %s | %s | %,d | %s |"
                .formatted(label, statementName, cache.label(), rows, measured.cells()));
      }
    }
  }

  private static JdbcClient client(Connection connection) {
    return JdbcClient.create(new SingleConnectionDataSource(connection, true));
  }

  /** Runs the statement and reads every row; a count's value, or the number of rows. */
  private static long run(JdbcClient jdbc, PeopleStatements.Statement statement) {
    List<java.util.Map<String, Object>> rows =
        jdbc.sql(statement.sql()).params(statement.params()).query().listOfRows();
    if (rows.size() == 1 && rows.get(0).containsKey("count")) {
      return ((Number) rows.get(0).get("count")).longValue();
    }
    return rows.size();
  }

  /**
   * Keeps the plan for the values ("custom") and the one the plan cache settles on after a prepared
   * statement ran six times ("cached"), which the application's pooled connections use.
   */
  private void explain(
      Connection connection,
      JdbcClient jdbc,
      PeopleStatements.Statement statement,
      String file,
      String title)
      throws SQLException, IOException {
    List<String> custom = new ArrayList<>(List.of("-- " + title + ", custom plan"));
    custom.addAll(
        jdbc.sql("explain (analyze, buffers) " + statement.sql())
            .params(statement.params())
            .query(String.class)
            .list());
    List<String> cached = new ArrayList<>(List.of("-- " + title + ", plan cache after six runs"));
    ParsedSql parsed = NamedParameterUtils.parseSqlStatement(statement.sql());
    MapSqlParameterSource source = new MapSqlParameterSource(statement.params());
    String positional = NamedParameterUtils.substituteNamedParameters(parsed, source);
    List<String> literals = new ArrayList<>();
    for (Object value : NamedParameterUtils.buildValueArray(parsed, source, null)) {
      literals.add(
          value instanceof Number
              ? value.toString()
              : "'" + value.toString().replace("'", "''") + "'");
    }
    String execute = "execute people(" + String.join(", ", literals) + ")";
    try (Statement sql = connection.createStatement()) {
      sql.execute("prepare people as " + RollupBenchmark.numbered(positional));
      for (int i = 0; i < 6; i++) {
        sql.execute(execute);
      }
      try (var rs = sql.executeQuery("explain (analyze, buffers) " + execute)) {
        while (rs.next()) {
          cached.add(rs.getString(1));
        }
      }
      sql.execute("deallocate people");
    }
    Files.write(plans.resolve("people-" + file + "-custom.txt"), custom);
    Files.write(plans.resolve("people-" + file + "-cached.txt"), cached);
  }
}
