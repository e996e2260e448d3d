package vn.thidua.organisation;

import java.time.LocalDate;
import java.util.Map;

/**
 * A unit's subtree as the hierarchy stood on a date, for reports that count records under it.
 *
 * <p>Other modules count their records with the common table expression {@link #PLACED}: every unit
 * of the subtree, each where it stood on the date — or, if it had ended by then, where it stood on
 * its last day — with the unit directly below the root that it falls under. A record therefore
 * counts under the unit it belongs to, placed as the report's date asks, whatever moved, merged or
 * split since.
 */
public record Subtree(UnitSummary root, LocalDate asOf, String path) {

  /**
   * {@code placed(unit_id, child_id)}; child_id is null for the root itself. Parameters: those of
   * {@link #parameters()}. Reads unit_placement_path_idx, and unit_placement_unit_idx for units
   * that ended.
   */
  public static final String PLACED =
      """
      placed as (
        select p.unit_id,
               nullif(split_part(substr(p.path, :subtreeLength + 1), '/', 1), '')::bigint as child_id
          from unit_placement p
         where p.path >= :subtreePath and p.path < :subtreeUpper
           and p.valid_from <= :subtreeAsOf
           and (p.valid_to is null or p.valid_to > :subtreeAsOf
                or not exists (select 1 from unit_placement later
                                where later.unit_id = p.unit_id
                                  and later.valid_from >= p.valid_to
                                  and later.valid_from <= :subtreeAsOf))
      )
      """;

  /** The named parameters {@link #PLACED} needs. */
  public Map<String, Object> parameters() {
    return Map.of(
        "subtreePath",
        path,
        "subtreeUpper",
        OrgUnits.pathUpperBound(path),
        "subtreeLength",
        path.length(),
        "subtreeAsOf",
        asOf);
  }
}
