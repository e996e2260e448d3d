package vn.thidua.organisation;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A SQL condition that keeps the rows whose unit path lies in one of the given subtrees, as range
 * conditions a b-tree index on the path answers. With no subtree it keeps nothing.
 *
 * @param sql the condition, e.g. {@code ((u.path >= :scope0 and u.path < :scopeUpper0))}
 * @param params the values it names
 */
public record PathFilter(String sql, Map<String, Object> params) {

  public static PathFilter of(String column, List<String> paths) {
    if (paths.isEmpty()) {
      return new PathFilter("false", Map.of());
    }
    StringBuilder sql = new StringBuilder("(");
    Map<String, Object> params = new HashMap<>();
    for (int i = 0; i < paths.size(); i++) {
      if (i > 0) {
        sql.append(" or ");
      }
      sql.append("(%1$s >= :scope%2$d and %1$s < :scopeUpper%2$d)".formatted(column, i));
      params.put("scope" + i, paths.get(i));
      params.put("scopeUpper" + i, OrgUnits.pathUpperBound(paths.get(i)));
    }
    return new PathFilter(sql.append(")").toString(), Map.copyOf(params));
  }

  /**
   * The units named on the paths: the roots of the subtrees and every unit above them, e.g. to also
   * show records of the levels that decide for a user's units.
   */
  public static Set<Long> unitsOn(List<String> paths) {
    return paths.stream()
        .flatMap(path -> Arrays.stream(path.split("/")))
        .filter(part -> !part.isEmpty())
        .map(Long::valueOf)
        .collect(Collectors.toSet());
  }
}
