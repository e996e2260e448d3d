package vn.thidua.initiative;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.organisation.PathFilter;

/**
 * The achievement of a subtree by the units directly below it, counted from the initiative rows as
 * it was before the programme totals existed: the reference the totals must always agree with, and
 * the "before" of the benchmark.
 */
public final class RowBasedAchievement {

  /** The unit directly below the one whose path segment {@code :marker} is. */
  static final String CHILD_KEY =
      "nullif(split_part(substr(i.unit_path, strpos(i.unit_path, :marker) + :markerLength),"
          + " '/', 1), '')::bigint";

  private RowBasedAchievement() {}

  static String sql(List<String> prefixes) {
    return AchievementQueries.SQL.formatted(
        CHILD_KEY, "", PathFilter.of("i.unit_path", prefixes).sql());
  }

  static Map<String, Object> params(
      long programmeId, long unitId, List<String> prefixes, int rank) {
    String marker = "/" + unitId + "/";
    Map<String, Object> params = new HashMap<>(PathFilter.of("i.unit_path", prefixes).params());
    params.put("marker", marker);
    params.put("markerLength", marker.length());
    params.put("programme", programmeId);
    params.put("rank", rank);
    return params;
  }

  /** Keyed by the unit directly below; initiatives of the unit itself only in the total. */
  static AchievementQueries.Rows byChild(
      JdbcClient jdbc, long programmeId, long unitId, List<String> prefixes, int rank) {
    Map<Long, AchievementQueries.Totals> byKey = new HashMap<>();
    AchievementQueries.Totals[] total = {AchievementQueries.Totals.NONE};
    jdbc.sql(sql(prefixes))
        .params(params(programmeId, unitId, prefixes, rank))
        .query(
            rs -> {
              AchievementQueries.Totals totals =
                  new AchievementQueries.Totals(
                      rs.getLong("recognised"), rs.getLong("authors"), rs.getLong("benefit"));
              Long key = rs.getObject("key", Long.class);
              if (rs.getInt("whole") == 1) {
                total[0] = totals;
              } else if (key != null) {
                byKey.put(key, totals);
              }
            });
    return new AchievementQueries.Rows(total[0], byKey);
  }
}
