package vn.thidua.initiative;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;

/**
 * The statements a programme's achievement runs for a unit's subtree (grouped by the units below
 * it), with JDBC placeholders and their values in order, for the benchmark to time and explain them
 * exactly as the application sends them: the one over the programme totals, and the row-based one
 * it replaced.
 */
public final class AchievementSql {

  public record Statement(String sql, Object[] values) {}

  private AchievementSql() {}

  /** What the application runs: the programme totals. */
  public static Statement totals(long programmeId, long unitId, int rank) {
    return statement(
        AchievementQueries.TOTALS_SQL,
        Map.of("programme", programmeId, "unit", unitId, "rank", rank));
  }

  /** What it ran before the totals: every recognised initiative of the subtree. */
  public static Statement rowBased(long programmeId, long unitId, List<String> prefixes, int rank) {
    return statement(
        RowBasedAchievement.sql(prefixes),
        RowBasedAchievement.params(programmeId, unitId, prefixes, rank));
  }

  private static Statement statement(String sql, Map<String, Object> values) {
    MapSqlParameterSource params = new MapSqlParameterSource(values);
    ParsedSql parsed = NamedParameterUtils.parseSqlStatement(sql);
    return new Statement(
        NamedParameterUtils.substituteNamedParameters(parsed, params),
        NamedParameterUtils.buildValueArray(parsed, params, null));
  }
}
