package vn.thidua.organisation;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * A unit's subtree as the hierarchy stood on a date, for reports that count records under it.
 *
 * <p>Other modules count their records with the common table expression {@link #placed()}: every
 * unit of the subtree, each where it stood on the date — or, if it had ended by then, where it
 * stood on its last day — with the group it counts in: by default the unit directly below the root
 * that it falls under ({@link #PLACED}). A record therefore counts under the unit it belongs to,
 * placed as the report's date asks, whatever moved, merged or split since.
 *
 * @param grouping what {@code child_id} of {@link #placed()} names
 * @param year the year whose emulation clusters {@link Grouping#CLUSTER} reads
 */
public record Subtree(UnitSummary root, LocalDate asOf, String path, Grouping grouping, int year) {

  /** What the rows of {@link #placed()} are grouped by: the {@code child_id} column. */
  public enum Grouping {
    /** The unit directly below the root; null for the root itself. */
    UNIT_BELOW,
    /** The unit's own sector (today's); null for a unit without one. */
    SECTOR,
    /**
     * The emulation cluster, among those the root organises for the year, of the highest unit below
     * the root on the unit's path (the unit itself included) that is a member of one; null for a
     * unit in none.
     */
    CLUSTER
  }

  private static final String PLACEMENTS_ON_THE_DATE =
      """
        from unit_span p
       where p.path >= :subtreePath and p.path < :subtreeUpper
         and p.valid_from <= :subtreeAsOf and p.placed_to > :subtreeAsOf
      """;

  /**
   * {@code placed(unit_id, child_id)} by the unit directly below the root; child_id is null for the
   * root itself. Parameters: those of {@link #parameters()}. Reads unit_span (V70): each place a
   * unit has had, until its next one began, so one range condition finds the place on the date
   * (unit_span_path_idx). Prefer {@link #placed()}, which follows the subtree's grouping.
   */
  public static final String PLACED =
      "placed as (\n"
          + "  select p.unit_id,\n"
          + "         nullif(split_part(substr(p.path, :subtreeLength + 1), '/', 1), '')::bigint"
          + " as child_id\n"
          + PLACEMENTS_ON_THE_DATE
          + ")\n";

  private static final String PLACED_BY_SECTOR =
      "placed as (\n"
          + "  select p.unit_id,\n"
          + "         (select u.sector_id from org_unit u where u.id = p.unit_id) as child_id\n"
          + PLACEMENTS_ON_THE_DATE
          + ")\n";

  /** The member nearest the root wins, so that a cluster of districts takes their unions. */
  private static final String PLACED_BY_CLUSTER =
      """
      placed as (
        select p.unit_id,
               (select m.cluster_id
                  from emulation_cluster c
                  join emulation_cluster_member m on m.cluster_id = c.id
                 where c.organiser_id = :subtreeRootId and c.year = :subtreeYear
                   and strpos('/' || substr(p.path, :subtreeLength + 1), '/' || m.unit_id || '/') > 0
                 order by strpos('/' || substr(p.path, :subtreeLength + 1), '/' || m.unit_id || '/')
                 limit 1) as child_id
      """
          + PLACEMENTS_ON_THE_DATE
          + ")\n";

  public Subtree(UnitSummary root, LocalDate asOf, String path) {
    this(root, asOf, path, Grouping.UNIT_BELOW, asOf.getYear());
  }

  /** The same subtree with its records grouped otherwise; {@code year} names the clusters. */
  public Subtree groupedBy(Grouping grouping, int year) {
    return new Subtree(root, asOf, path, grouping, year);
  }

  /** {@code placed(unit_id, child_id)} grouped as this subtree asks. */
  public String placed() {
    return switch (grouping) {
      case UNIT_BELOW -> PLACED;
      case SECTOR -> PLACED_BY_SECTOR;
      case CLUSTER -> PLACED_BY_CLUSTER;
    };
  }

  /** The named parameters {@link #placed()} needs. */
  public Map<String, Object> parameters() {
    return Map.of(
        "subtreePath",
        path,
        "subtreeUpper",
        OrgUnits.pathUpperBound(path),
        "subtreeLength",
        path.length(),
        "subtreeAsOf",
        asOf,
        "subtreeRootId",
        root.id(),
        "subtreeYear",
        year);
  }

  /**
   * {@link #parameters()} with a period's first and last day as {@code :from} and {@code :to}, in a
   * map the caller may add its own parameters to.
   */
  public Map<String, Object> parameters(LocalDate from, LocalDate to) {
    Map<String, Object> parameters = new HashMap<>(parameters());
    parameters.put("from", from);
    parameters.put("to", to);
    return parameters;
  }
}
