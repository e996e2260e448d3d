package vn.thidua.people;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.namedparam.SqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Inserts many people in JDBC batches. Ids are drawn from the identity sequence first, one query a
 * batch, so the inserts need not return keys and the audit events can name every new person.
 */
@Component
class BulkInsert {

  static final int BATCH_SIZE = 500;

  private static final String INSERT =
      """
      insert into person (id, unit_id, full_name, search_name, sort_key, gender, birth_year,
                          job_title, member, direct_worker, started_on, version, created_at)
      values (:id, :unitId, :fullName, :searchName, :sortKey, :gender, :birthYear,
              :jobTitle, :member, :directWorker, :startedOn, 0, :createdAt)
      """;

  private final JdbcClient jdbc;
  private final NamedParameterJdbcTemplate batch;

  BulkInsert(JdbcClient jdbc, NamedParameterJdbcTemplate batch) {
    this.jdbc = jdbc;
    this.batch = batch;
  }

  /** Inserts the people, in order, and returns their new ids in the same order. */
  List<Long> insert(List<Person> people) {
    List<Long> ids = new ArrayList<>(people.size());
    for (int from = 0; from < people.size(); from += BATCH_SIZE) {
      List<Person> chunk = people.subList(from, Math.min(people.size(), from + BATCH_SIZE));
      List<Long> chunkIds = nextIds(chunk.size());
      SqlParameterSource[] rows = new SqlParameterSource[chunk.size()];
      for (int i = 0; i < chunk.size(); i++) {
        rows[i] = parameters(chunkIds.get(i), chunk.get(i));
      }
      batch.batchUpdate(INSERT, rows);
      ids.addAll(chunkIds);
    }
    return ids;
  }

  private List<Long> nextIds(int count) {
    return jdbc.sql(
            "select nextval(pg_get_serial_sequence('person', 'id'))"
                + " from generate_series(1, :count)")
        .param("count", count)
        .query(Long.class)
        .list();
  }

  private static SqlParameterSource parameters(long id, Person person) {
    return new MapSqlParameterSource()
        .addValue("id", id)
        .addValue("unitId", person.unitId())
        .addValue("fullName", person.fullName())
        .addValue("searchName", person.searchName())
        .addValue("sortKey", person.sortKey())
        .addValue("gender", person.gender().name())
        .addValue("birthYear", person.birthYear())
        .addValue("jobTitle", person.jobTitle())
        .addValue("member", person.member())
        .addValue("directWorker", person.directWorker())
        .addValue("startedOn", person.startedOn())
        .addValue("createdAt", person.createdAt().atOffset(ZoneOffset.UTC));
  }
}
