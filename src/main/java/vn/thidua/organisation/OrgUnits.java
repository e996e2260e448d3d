package vn.thidua.organisation;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The organisation module's facade: units by id, and the access rule that an officer sees and
 * changes only their own unit and the units below it.
 */
public interface OrgUnits {

  Optional<UnitSummary> find(long unitId);

  /** The unit, or a "not found" refusal. */
  UnitSummary require(long unitId);

  List<UnitSummary> findAll(Collection<Long> unitIds);

  /** True when {@code unitId} is {@code ancestorId} or stands below it (in its latest place). */
  boolean isWithin(long unitId, long ancestorId);

  /** True when the signed-in user holds any role in the unit or above it. */
  boolean canSee(long unitId);

  /** True when the signed-in user is an officer or administrator of the unit or above it. */
  boolean canChange(long unitId);

  /** Refuses with 404 when the user may not see the unit (it is not disclosed that it exists). */
  UnitSummary requireVisible(long unitId);

  /** Refuses with 403 when the user may see but not change the unit, 404 when not even see it. */
  UnitSummary requireChangeable(long unitId);

  /**
   * The path prefixes of the units the signed-in user may see, for filtering lists in SQL: a row is
   * visible when its unit's path starts with one of them ({@code path >= p and path < p || '0'}).
   * Empty when the user sees nothing.
   */
  List<String> visiblePaths();

  /**
   * The exclusive upper bound of the paths (or figure names, in collation C) that start with {@code
   * prefix}: the prefix with its last character raised by one ({@code /1/5/} gives {@code /1/50}).
   */
  static String pathUpperBound(String prefix) {
    char last = prefix.charAt(prefix.length() - 1);
    return prefix.substring(0, prefix.length() - 1) + (char) (last + 1);
  }
}
