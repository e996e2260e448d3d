package vn.thidua.people;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.shared.infra.CustomPlans;

/**
 * The reads of the registry, in plain SQL a reader can run by hand. Lists are ordered by the
 * (sort_key, id) index and read one page at a time; counts stop at a limit.
 */
@Component
class PersonQueries {

  static final String FROM = " from person p join org_unit u on u.id = p.unit_id ";

  private static final String COLUMNS =
      "select p.id, p.unit_id, u.name as unit_name, u.code as unit_code, p.full_name, p.gender,"
          + " p.birth_year, p.job_title, p.member, p.direct_worker, p.started_on, p.left_on,"
          + " p.version, p.created_at";

  private static final int EXPORT_FETCH_SIZE = 1000;

  private final JdbcClient jdbc;
  private final JdbcClient streaming;

  PersonQueries(JdbcClient jdbc, DataSource dataSource) {
    this.jdbc = jdbc;
    JdbcTemplate template = new JdbcTemplate(dataSource);
    template.setFetchSize(EXPORT_FETCH_SIZE);
    this.streaming = JdbcClient.create(template);
  }

  Optional<PersonView> find(long personId) {
    return jdbc.sql(COLUMNS + FROM + "where p.id = :id")
        .param("id", personId)
        .query(PersonQueries::view)
        .optional();
  }

  List<PersonView> page(PersonFilter filter, int limit, long offset) {
    plannedForTheseValues();
    return jdbc.sql(pageSql(filter))
        .params(filter.params())
        .param("limit", limit)
        .param("offset", offset)
        .query(PersonQueries::view)
        .list();
  }

  /** How many match, counting no further than {@code limit}. */
  long countUpTo(PersonFilter filter, int limit) {
    plannedForTheseValues();
    return jdbc.sql(countUpToSql(filter))
        .params(filter.params())
        .param("limit", limit)
        .query(Long.class)
        .single();
  }

  /**
   * Hands every matching row to {@code each}, fetched from a cursor a thousand at a time; the
   * caller holds a transaction so that PostgreSQL keeps the cursor open.
   */
  void forEach(PersonFilter filter, int limit, Consumer<ExportedPerson> each) {
    plannedForTheseValues();
    streaming
        .sql(COLUMNS + FROM + filter.where() + " order by p.sort_key, p.id limit :limit")
        .params(filter.params())
        .param("limit", limit)
        .query(
            (RowCallbackHandler)
                rs -> each.accept(new ExportedPerson(view(rs, 0), rs.getString("unit_code"))));
  }

  long countWorkingUnder(String path) {
    PersonFilter working = workingUnder(path);
    plannedForTheseValues();
    return jdbc.sql(countSql(working)).params(working.params()).query(Long.class).single();
  }

  /**
   * The same statements list the nation and one grassroots union, whose best plans differ by orders
   * of magnitude: a plan the server cached for one would serve the other, a count for a grassroots
   * union taking seconds (docs/PERFORMANCE.md). Planning afresh costs about a millisecond. The
   * setting lasts until the end of the caller's transaction.
   */
  private void plannedForTheseValues() {
    CustomPlans.forThisTransaction(jdbc);
  }

  /**
   * A page in list order; parameters: the filter's, limit and offset. The inner query finds the
   * page's ids in the covering person_sort_idx without reading the table, so that walking a long
   * way down the index to a rare name stays cheap; only the page's rows are then read.
   */
  static String pageSql(PersonFilter filter) {
    return COLUMNS
        + " from (select p.id"
        + FROM
        + filter.where()
        + " order by p.sort_key, p.id limit :limit offset :offset) page"
        + " join person p on p.id = page.id join org_unit u on u.id = p.unit_id"
        + " order by p.sort_key, p.id";
  }

  /** Counts no further than a limit; parameters: the filter's and limit. */
  static String countUpToSql(PersonFilter filter) {
    return "select count(*) from (select 1" + FROM + filter.where() + " limit :limit) matching";
  }

  static String countSql(PersonFilter filter) {
    return "select count(*)" + FROM + filter.where();
  }

  static PersonFilter workingUnder(String path) {
    return new PersonFilter(UnitScope.subtree(path), "", false);
  }

  record ExportedPerson(PersonView person, String unitCode) {}

  static PersonView view(ResultSet rs, int row) throws SQLException {
    return new PersonView(
        rs.getLong("id"),
        rs.getLong("unit_id"),
        rs.getString("unit_name"),
        rs.getString("full_name"),
        Gender.valueOf(rs.getString("gender")),
        rs.getInt("birth_year"),
        rs.getString("job_title"),
        rs.getBoolean("member"),
        rs.getBoolean("direct_worker"),
        rs.getObject("started_on", LocalDate.class),
        rs.getObject("left_on", LocalDate.class),
        rs.getInt("version"),
        rs.getObject("created_at", OffsetDateTime.class).toInstant());
  }
}
