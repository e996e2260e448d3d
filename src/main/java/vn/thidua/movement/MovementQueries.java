package vn.thidua.movement;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.PathFilter;
import vn.thidua.shared.text.SearchText;
import vn.thidua.shared.web.Paged;

/** Lists of movements, filtered in SQL to what the signed-in user may see. */
@Component
class MovementQueries {

  private final JdbcClient jdbc;
  private final OrgUnits units;

  MovementQueries(JdbcClient jdbc, OrgUnits units) {
    this.jdbc = jdbc;
    this.units = units;
  }

  /**
   * Movements whose organiser the user sees, and launched ones with a participant the user sees.
   * Both conditions use the same path ranges, so they share their parameters.
   */
  Paged<MovementSummary> list(String query, int page, int size) {
    List<String> paths = units.visiblePaths();
    PathFilter organiser = PathFilter.of("o.path", paths);
    PathFilter participant = PathFilter.of("u.path", paths);
    String where =
        """
         where (%s or (m.status = 'LAUNCHED' and exists (
                 select 1 from movement_participant p join org_unit u on u.id = p.unit_id
                  where p.movement_id = m.id and %s)))
           and m.search_name like :pattern escape '\\'
        """
            .formatted(organiser.sql(), participant.sql());
    String from = " from movement m join org_unit o on o.id = m.organiser_id ";
    long total =
        jdbc.sql("select count(*)" + from + where)
            .params(organiser.params())
            .param("pattern", SearchText.containsPattern(query))
            .query(Long.class)
            .single();
    List<MovementSummary> items =
        jdbc.sql(
                """
                select m.id, m.name, m.kind, m.status, m.organiser_id, o.name as organiser_name,
                       m.starts_on, m.ends_on, m.registration_deadline,
                       (select count(*) from movement_participant c where c.movement_id = m.id)
                         as participant_count
                """
                    + from
                    + where
                    + " order by m.starts_on desc nulls first, m.id desc limit :limit offset :offset")
            .params(organiser.params())
            .param("pattern", SearchText.containsPattern(query))
            .param("limit", size)
            .param("offset", (long) page * size)
            .query(MovementSummary.class)
            .list();
    return new Paged<>(items, page, size, total);
  }

  /** Launched movements the unit takes part in (under its sector's name), then those it runs. */
  List<UnitMovement> forUnit(long unitId) {
    return jdbc.sql(
            """
            select m.id as movement_id, coalesce(v.name, m.name) as name, m.kind, m.status,
                   m.starts_on, m.ends_on, m.registration_deadline, false as organiser, p.pilot
              from movement_participant p
              join movement m on m.id = p.movement_id
              left join movement_sector_variant v
                     on v.movement_id = m.id and v.sector_id = p.sector_id
             where p.unit_id = :unit and m.status = 'LAUNCHED'
            union all
            select m.id, m.name, m.kind, m.status, m.starts_on, m.ends_on,
                   m.registration_deadline, true, false
              from movement m
             where m.organiser_id = :unit
             order by starts_on desc nulls first, movement_id desc
            """)
        .param("unit", unitId)
        .query(UnitMovement.class)
        .list();
  }

  /** Ids of units strictly below the path whose name matches, active ones first. */
  List<Long> unitsBelow(String path, String query, int limit) {
    return jdbc.sql(
            """
            select u.id from org_unit u join unit_level l on l.id = u.level_id
             where u.path > :path and u.path < :upper and u.search_name like :pattern escape '\\'
             order by (u.ended_on is not null), l.tier, u.name
             limit :limit
            """)
        .param("path", path)
        .param("upper", OrgUnits.pathUpperBound(path))
        .param("pattern", SearchText.containsPattern(query))
        .param("limit", limit)
        .query(Long.class)
        .list();
  }
}
