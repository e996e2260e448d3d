package vn.thidua.initiative;

import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterUtils;
import org.springframework.jdbc.core.namedparam.ParsedSql;
import vn.thidua.organisation.PathFilter;

/**
 * The statement a programme's achievement runs for a unit's subtree (grouped by the units below
 * it), with JDBC placeholders and their values in order, for the benchmark to time and explain it
 * exactly as the application sends it.
 */
public final class AchievementSql {

  public record Statement(String sql, Object[] values) {}

  private AchievementSql() {}

  public static Statement byChild(long programmeId, long unitId, List<String> prefixes, int rank) {
    String marker = "/" + unitId + "/";
    PathFilter scope = PathFilter.of("i.unit_path", prefixes);
    MapSqlParameterSource params =
        new MapSqlParameterSource(scope.params())
            .addValues(
                Map.of(
                    "marker", marker,
                    "markerLength", marker.length(),
                    "programme", programmeId,
                    "rank", rank));
    ParsedSql parsed =
        NamedParameterUtils.parseSqlStatement(
            AchievementQueries.SQL.formatted(AchievementQueries.CHILD_KEY, "", scope.sql()));
    return new Statement(
        NamedParameterUtils.substituteNamedParameters(parsed, params),
        NamedParameterUtils.buildValueArray(parsed, params, null));
  }
}
