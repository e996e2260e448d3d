package vn.thidua.initiative;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.PathFilter;
import vn.thidua.shared.text.SearchText;
import vn.thidua.shared.web.Paged;

/**
 * Lists of initiatives in SQL. Who may see one follows where its unit stands now (the path of
 * org_unit) or stood when it was submitted (its unit_path); the words of a search must each appear
 * in the folded title, summary or authors, which a pg_trgm GIN index answers.
 */
@Component
class InitiativeQueries {

  /** Titles at least this similar (pg_trgm, on folded text) are shown as possible duplicates. */
  static final double DUPLICATE_SIMILARITY = 0.55;

  private static final String ROW_SQL =
      """
      select i.id, i.title, i.unit_id, u.name as unit_name, i.field,
             coalesce(i.author_group,
                      (select string_agg(a.full_name, ', ' order by a.position)
                         from initiative_author a where a.initiative_id = i.id)) as authors,
             i.submitted_on, i.benefit_vnd, i.status, i.status_level, i.recognised_rank
        from initiative i
        join org_unit u on u.id = i.unit_id
      """;

  private final JdbcClient jdbc;
  private final OrgUnits units;

  InitiativeQueries(JdbcClient jdbc, OrgUnits units) {
    this.jdbc = jdbc;
    this.units = units;
  }

  Paged<InitiativeRow> search(InitiativeSearch search) {
    List<String> scope = new ArrayList<>(units.visiblePaths());
    if (search.unitId() != null) {
      String path = units.requireVisible(search.unitId()).path();
      scope = List.of(path);
    }
    PathFilter filter = PathFilter.of("u.path", scope);
    // where the unit stands now, or where it stood when the initiative was submitted
    StringBuilder where =
        new StringBuilder(" where (")
            .append(filter.sql())
            .append(" or ")
            .append(filter.sql().replace("u.path", "i.unit_path"))
            .append(")");
    Map<String, Object> params = new HashMap<>(filter.params());
    List<String> words = words(search.query());
    for (int i = 0; i < words.size(); i++) {
      where.append(" and i.search_text like :word").append(i).append(" escape '\\'");
      params.put("word" + i, SearchText.containsPattern(words.get(i)));
    }
    if (search.programmeId() != null) {
      where.append(" and i.programme_id = :programme");
      params.put("programme", search.programmeId());
    }
    if (search.status() != null) {
      where.append(" and i.status = :status");
      params.put("status", search.status().name());
    }
    if (search.recognisedAtLeast() != null) {
      where.append(" and i.recognised_rank >= :rank");
      params.put("rank", search.recognisedAtLeast().rank());
    }
    return page(where.toString(), params, search.page(), search.size());
  }

  Paged<InitiativeRow> submittedBy(long userId, int page, int size) {
    return page(" where i.submitted_by_user_id = :user", Map.of("user", userId), page, size);
  }

  List<SimilarInitiative> similar(long unitId, String title, Long exceptId) {
    return jdbc.sql(
            """
            select id, title, submitted_on, similarity(search_title, :title) as similarity
              from initiative
             where unit_id = :unit and id <> :except and similarity(search_title, :title) >= :least
             order by similarity desc, id desc
             limit 5
            """)
        .param("unit", unitId)
        .param("title", SearchText.fold(title))
        .param("except", exceptId == null ? -1L : exceptId)
        .param("least", DUPLICATE_SIMILARITY)
        .query(
            (rs, n) ->
                new SimilarInitiative(
                    rs.getLong("id"),
                    rs.getString("title"),
                    rs.getObject("submitted_on", LocalDate.class),
                    rs.getDouble("similarity")))
        .list();
  }

  private Paged<InitiativeRow> page(String where, Map<String, Object> params, int page, int size) {
    long total =
        jdbc.sql("select count(*) from initiative i join org_unit u on u.id = i.unit_id" + where)
            .params(params)
            .query(Long.class)
            .single();
    List<InitiativeRow> rows =
        jdbc.sql(
                ROW_SQL
                    + where
                    + " order by i.submitted_on desc, i.id desc limit :limit offset :offset")
            .params(params)
            .param("limit", size)
            .param("offset", (long) page * size)
            .query(InitiativeQueries::row)
            .list();
    return new Paged<>(rows, page, size, total);
  }

  static List<String> words(String query) {
    String folded = SearchText.fold(query);
    return folded.isEmpty() ? List.of() : List.of(folded.split(" "));
  }

  private static InitiativeRow row(ResultSet rs, int n) throws SQLException {
    return new InitiativeRow(
        rs.getLong("id"),
        rs.getString("title"),
        rs.getLong("unit_id"),
        rs.getString("unit_name"),
        InitiativeField.valueOf(rs.getString("field")),
        rs.getString("authors"),
        rs.getObject("submitted_on", LocalDate.class),
        rs.getObject("benefit_vnd", Long.class),
        InitiativeStatus.valueOf(rs.getString("status")),
        RecognitionLevel.valueOf(rs.getString("status_level")),
        RecognitionLevel.ofRank(rs.getInt("recognised_rank")).orElse(null));
  }
}
