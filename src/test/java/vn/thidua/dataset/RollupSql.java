package vn.thidua.dataset;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import vn.thidua.organisation.OrgUnits;

/**
 * The subtree roll-up "as of a date" that the organisation module runs, as plain SQL: for a path
 * prefix and its exclusive upper bound, the grassroots unions placed in the subtree on the date and
 * the sum of the figures valid that day.
 */
public final class RollupSql {

  /** Parameters: date, date, prefix, upper bound, date, date. */
  public static final String TOTAL =
      """
      select count(*) filter (where l.grassroots) as grassroots_units,
             coalesce(sum(f.workers), 0) as workers,
             coalesce(sum(f.women_workers), 0) as women_workers,
             coalesce(sum(f.members), 0) as members,
             coalesce(sum(f.women_members), 0) as women_members
      from unit_placement p
      join org_unit u on u.id = p.unit_id
      join unit_level l on l.id = u.level_id
      left join unit_figures f on f.unit_id = p.unit_id and f.valid_from <= ?
                              and (f.valid_to is null or f.valid_to > ?)
      where p.path >= ? and p.path < ? and p.valid_from <= ? and (p.valid_to is null or p.valid_to > ?)
      """;

  /**
   * The same, broken down by the child of the root each row stands under (the path segment after
   * the prefix); the root's own row has no child. Parameters: prefix, date, date, prefix, upper
   * bound, date, date.
   */
  public static final String BY_CHILD =
      """
      select nullif(split_part(substr(p.path, length(?::text) + 1), '/', 1), '')::bigint as child_id,
             count(*) filter (where l.grassroots) as grassroots_units,
             coalesce(sum(f.workers), 0) as workers,
             coalesce(sum(f.women_workers), 0) as women_workers,
             coalesce(sum(f.members), 0) as members,
             coalesce(sum(f.women_members), 0) as women_members
      from unit_placement p
      join org_unit u on u.id = p.unit_id
      join unit_level l on l.id = u.level_id
      left join unit_figures f on f.unit_id = p.unit_id and f.valid_from <= ?
                              and (f.valid_to is null or f.valid_to > ?)
      where p.path >= ? and p.path < ? and p.valid_from <= ? and (p.valid_to is null or p.valid_to > ?)
      group by 1
      """;

  private RollupSql() {}

  /** The roll-up's numbers. */
  public record Totals(
      long grassrootsUnits, long workers, long womenWorkers, long members, long womenMembers) {}

  public static Totals total(Connection connection, String prefix, LocalDate date)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(TOTAL)) {
      bindTotal(query, prefix, date);
      try (ResultSet rs = query.executeQuery()) {
        rs.next();
        return totals(rs, 1);
      }
    }
  }

  /** The roll-up per child of the root (key 0 for the root's own row). */
  public static Map<Long, Totals> byChild(Connection connection, String prefix, LocalDate date)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement(BY_CHILD)) {
      bindByChild(query, prefix, date);
      Map<Long, Totals> children = new TreeMap<>();
      try (ResultSet rs = query.executeQuery()) {
        while (rs.next()) {
          children.put(rs.getLong(1), totals(rs, 2));
        }
      }
      return children;
    }
  }

  public static void bindTotal(PreparedStatement query, String prefix, LocalDate date)
      throws SQLException {
    query.setObject(1, date);
    query.setObject(2, date);
    query.setString(3, prefix);
    query.setString(4, OrgUnits.pathUpperBound(prefix));
    query.setObject(5, date);
    query.setObject(6, date);
  }

  public static void bindByChild(PreparedStatement query, String prefix, LocalDate date)
      throws SQLException {
    query.setString(1, prefix);
    query.setObject(2, date);
    query.setObject(3, date);
    query.setString(4, prefix);
    query.setString(5, OrgUnits.pathUpperBound(prefix));
    query.setObject(6, date);
    query.setObject(7, date);
  }

  private static Totals totals(ResultSet rs, int first) throws SQLException {
    return new Totals(
        rs.getLong(first),
        rs.getLong(first + 1),
        rs.getLong(first + 2),
        rs.getLong(first + 3),
        rs.getLong(first + 4));
  }
}
