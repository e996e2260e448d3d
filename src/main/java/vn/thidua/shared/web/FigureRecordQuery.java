package vn.thidua.shared.web;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Pages through the records behind a report figure. A module gives one statement whose rows are the
 * records, with the columns {@code child_id} (the group the record counts in), {@code label},
 * {@code unit_name}, {@code day}, {@code note} and {@code href}; this counts them and reads one
 * page, in the same order every time.
 */
public final class FigureRecordQuery {

  private FigureRecordQuery() {}

  /**
   * @param childId null for every record, 0 for those whose child_id is null, else that group's
   */
  public static Paged<FigureRecord> page(
      JdbcClient jdbc, String sql, Map<String, ?> parameters, Long childId, int page, int size) {
    int limit = Paged.clampSize(size);
    int from = Math.max(page, 0);
    String records = "(" + sql + ") r" + where(childId);
    long total =
        jdbc.sql("select count(*) from " + records)
            .params(parameters)
            .param("childId", childId)
            .query(Long.class)
            .single();
    List<FigureRecord> items =
        jdbc.sql(
                "select label, unit_name, day, note, href from "
                    + records
                    + " order by day nulls last, label, href limit :limit offset :offset")
            .params(parameters)
            .param("childId", childId)
            .param("limit", limit)
            .param("offset", (long) from * limit)
            .query(
                (rs, n) ->
                    new FigureRecord(
                        rs.getString("label"),
                        rs.getString("unit_name"),
                        rs.getObject("day", java.time.LocalDate.class),
                        rs.getString("note"),
                        rs.getString("href")))
            .list();
    return new Paged<>(items, from, limit, total);
  }

  /** The statement listing a figure's records; 404 for a figure the module does not count. */
  public static String statement(Map<String, String> byFigure, String figure) {
    String statement = figure == null ? null : byFigure.get(figure);
    if (statement == null) {
      throw DomainException.notFound("review.figure.unknown");
    }
    return statement;
  }

  private static String where(Long childId) {
    if (childId == null) {
      return "";
    }
    return childId == 0 ? " where r.child_id is null" : " where r.child_id = :childId";
  }
}
