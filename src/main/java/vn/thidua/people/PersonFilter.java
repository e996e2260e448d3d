package vn.thidua.people;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.thidua.organisation.PathFilter;
import vn.thidua.shared.text.SearchText;

/**
 * The where-clause of a list of people: units by path range, a name fragment matched against the
 * folded name (served by the trigram index), and whether people who left are included.
 */
record PersonFilter(UnitScope scope, String query, boolean includeLeft) {

  /** SQL over {@code person p join org_unit u on u.id = p.unit_id}, starting with "where". */
  String where() {
    StringBuilder sql = new StringBuilder("where ").append(units().sql());
    if (hasQuery()) {
      sql.append(" and p.search_name like :query");
    }
    if (!includeLeft) {
      sql.append(" and (p.left_on is null or p.left_on > current_date)");
    }
    return sql.toString();
  }

  Map<String, Object> params() {
    Map<String, Object> params = new LinkedHashMap<>(units().params());
    if (hasQuery()) {
      params.put("query", SearchText.containsPattern(query));
    }
    return params;
  }

  private PathFilter units() {
    return PathFilter.of("u.path", scope.pathPrefixes());
  }

  private boolean hasQuery() {
    return query != null && !SearchText.fold(query).isEmpty();
  }
}
