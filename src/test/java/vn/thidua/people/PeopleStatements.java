package vn.thidua.people;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The statements the registry's reads send, exactly as {@link PersonQueries} builds them, for the
 * national benchmark to time and explain outside the application.
 */
public final class PeopleStatements {

  /** SQL with named parameters and their values. */
  public record Statement(String sql, Map<String, Object> params) {}

  private PeopleStatements() {}

  /** The first page of a list, as {@code PeopleRegistry.search} reads it (one row more). */
  public static Statement firstPage(String path, String query) {
    PersonFilter filter = new PersonFilter(UnitScope.subtree(path), query, false);
    Map<String, Object> params = new LinkedHashMap<>(filter.params());
    params.put("limit", PersonSearch.DEFAULT_SIZE + 1);
    params.put("offset", 0L);
    return new Statement(PersonQueries.pageSql(filter), params);
  }

  /** The count beside a page, as {@code PeopleRegistry.search} makes it. */
  public static Statement countUpTo(String path, String query) {
    PersonFilter filter = new PersonFilter(UnitScope.subtree(path), query, false);
    Map<String, Object> params = new LinkedHashMap<>(filter.params());
    params.put("limit", PersonPage.COUNT_LIMIT + 1);
    return new Statement(PersonQueries.countUpToSql(filter), params);
  }

  /** {@code People.countInSubtree}: everyone working today in the subtree. */
  public static Statement countWorking(String path) {
    PersonFilter filter = PersonQueries.workingUnder(path);
    return new Statement(PersonQueries.countSql(filter), filter.params());
  }
}
