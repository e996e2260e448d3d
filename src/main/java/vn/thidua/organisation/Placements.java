package vn.thidua.organisation;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The unit_placement table: a unit's places over time. Moving a unit moves its whole subtree in one
 * set-based statement, closing the old places and opening new ones, so every date before the move
 * still shows the old shape.
 */
@Component
class Placements {

  private static final String ACTIVE_ON =
      "valid_from <= :d and (valid_to is null or valid_to > :d)";

  private final JdbcClient jdbc;

  Placements(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Placement> at(long unitId, LocalDate date) {
    return jdbc.sql(
            "select unit_id, parent_id, path, valid_from, valid_to from unit_placement"
                + " where unit_id = :unit and "
                + ACTIVE_ON)
        .param("unit", unitId)
        .param("d", date)
        .query(Placement.class)
        .optional();
  }

  /** The unit's last place if it had ended by the date; empty if it stands or never stood. */
  Optional<Placement> lastBefore(long unitId, LocalDate date) {
    return jdbc.sql(
            "select unit_id, parent_id, path, valid_from, valid_to from unit_placement"
                + " where unit_id = :unit and valid_to <= :d order by valid_from desc limit 1")
        .param("unit", unitId)
        .param("d", date)
        .query(Placement.class)
        .optional();
  }

  List<Placement> historyOf(long unitId) {
    return jdbc.sql(
            "select unit_id, parent_id, path, valid_from, valid_to from unit_placement"
                + " where unit_id = :unit order by valid_from")
        .param("unit", unitId)
        .query(Placement.class)
        .list();
  }

  void open(long unitId, Long parentId, String path, LocalDate from) {
    jdbc.sql(
            "insert into unit_placement (unit_id, parent_id, path, valid_from)"
                + " values (:unit, :parent, :path, :from)")
        .param("unit", unitId)
        .param("parent", parentId)
        .param("path", path)
        .param("from", from)
        .update();
  }

  /** True when anything in the subtree at {@code path} changed place after {@code date}. */
  boolean changedAfter(String path, LocalDate date) {
    return jdbc.sql(
            """
            select exists (
              select 1 from unit_placement
              where path >= :prefix and path < :upper
                and (valid_from > :d or (valid_to is not null and valid_to > :d)))
            """)
        .param("prefix", path)
        .param("upper", OrgUnits.pathUpperBound(path))
        .param("d", date)
        .query(Boolean.class)
        .single();
  }

  /** The units placed directly under the unit on the date. */
  List<Long> childrenOn(long unitId, LocalDate date) {
    return jdbc.sql(
            "select unit_id from unit_placement where parent_id = :unit and "
                + ACTIVE_ON
                + " order by unit_id")
        .param("unit", unitId)
        .param("d", date)
        .query(Long.class)
        .list();
  }

  /** Moves the subtree at {@code from} under a new parent, from the date on. */
  void moveSubtree(
      long unitId, Placement from, long newParentId, String newParentPath, LocalDate date) {
    String newPath = newParentPath + unitId + "/";
    jdbc.sql(
            """
            with moved_today as (
              update unit_placement
                 set path = :newPath || substr(path, :oldLength + 1),
                     parent_id = case when unit_id = :unit then :newParent else parent_id end
               where path >= :old and path < :upper and valid_from = :d and valid_to is null
              returning unit_id, parent_id, path
            ), closed as (
              update unit_placement set valid_to = :d
               where path >= :old and path < :upper and valid_from < :d and valid_to is null
              returning unit_id, parent_id, path
            ), reopened as (
              insert into unit_placement (unit_id, parent_id, path, valid_from)
              select unit_id,
                     case when unit_id = :unit then :newParent else parent_id end,
                     :newPath || substr(path, :oldLength + 1),
                     :d
                from closed
              returning unit_id, parent_id, path
            ), latest as (
              select * from moved_today union all select * from reopened
            )
            update org_unit u set path = latest.path, parent_id = latest.parent_id
              from latest where u.id = latest.unit_id
            """)
        .param("newPath", newPath)
        .param("oldLength", from.path().length())
        .param("unit", unitId)
        .param("newParent", newParentId)
        .param("old", from.path())
        .param("upper", OrgUnits.pathUpperBound(from.path()))
        .param("d", date)
        .update();
  }

  /** Ends the unit's place on the date; a place that would last no day at all is removed. */
  void close(Placement placement, LocalDate date) {
    if (placement.validFrom().equals(date)) {
      jdbc.sql("delete from unit_placement where unit_id = :unit and valid_from = :d")
          .param("unit", placement.unitId())
          .param("d", date)
          .update();
    } else {
      jdbc.sql(
              "update unit_placement set valid_to = :d where unit_id = :unit and valid_from = :from")
          .param("d", date)
          .param("unit", placement.unitId())
          .param("from", placement.validFrom())
          .update();
    }
  }
}
