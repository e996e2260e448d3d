package vn.thidua.initiative;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.organisation.PathFilter;

/**
 * Achievement over a subtree in one SQL statement: the recognised initiatives of a programme whose
 * unit stood (when submitted) within the subtree, read by a range scan of the (programme_id,
 * unit_path) index, counted with their benefit and their distinct authors — people once however
 * many initiatives they wrote, author groups once per unit — grouped by a key (the unit directly
 * below, the sector, or a cluster member) and in total.
 */
@Component
class AchievementQueries {

  record Totals(long recognised, long authors, long benefitVnd) {
    static final Totals NONE = new Totals(0, 0, 0);
  }

  /** The whole subtree's totals, and each key's. A null key holds rows without one. */
  record Rows(Totals total, Map<Long, Totals> byKey) {}

  private static final String SQL =
      """
      with scoped as (
        select i.id, i.unit_id, i.author_group, i.benefit_vnd, %1$s as key
          from initiative i
          %2$s
         where i.programme_id = :programme and i.recognised_rank >= :rank and %3$s
      ),
      counted as (
        select key, grouping(key) as whole, count(*) as recognised,
               coalesce(sum(benefit_vnd), 0) as benefit,
               count(distinct (unit_id, author_group)) filter (where author_group is not null)
                 as groups
          from scoped
         group by grouping sets ((key), ())
      ),
      persons as (
        select s.key, grouping(s.key) as whole, count(distinct a.person_id) as persons
          from scoped s
          join initiative_author a on a.initiative_id = s.id
         group by grouping sets ((s.key), ())
      )
      select c.key, c.whole, c.recognised, c.benefit, c.groups + coalesce(p.persons, 0) as authors
        from counted c
        left join persons p on p.whole = c.whole and p.key is not distinct from c.key
      """;

  private final JdbcClient jdbc;

  AchievementQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Keyed by the unit directly below {@code unitId} on the initiative's path. */
  Rows byChild(long programmeId, long unitId, List<String> prefixes, int rank) {
    String marker = "/" + unitId + "/";
    String key =
        "nullif(split_part(substr(i.unit_path, strpos(i.unit_path, :marker) + :markerLength),"
            + " '/', 1), '')::bigint";
    return run(
        key,
        "",
        programmeId,
        prefixes,
        rank,
        Map.of("marker", marker, "markerLength", marker.length()));
  }

  /** Keyed by the sector of the initiative's grassroots union. */
  Rows bySector(long programmeId, List<String> prefixes, int rank) {
    return run(
        "u.sector_id",
        "join org_unit u on u.id = i.unit_id",
        programmeId,
        prefixes,
        rank,
        Map.of());
  }

  /** Keyed by whichever of the members stands on the initiative's path. */
  Rows byMember(long programmeId, List<String> prefixes, Collection<Long> members, int rank) {
    if (members.isEmpty()) {
      return new Rows(Totals.NONE, Map.of());
    }
    return run(
        "seg.id::bigint",
        "join lateral unnest(string_to_array(trim(both '/' from i.unit_path), '/')) as seg(id)"
            + " on seg.id in (:members)",
        programmeId,
        prefixes,
        rank,
        Map.of("members", members.stream().map(String::valueOf).toList()));
  }

  private Rows run(
      String key,
      String join,
      long programmeId,
      List<String> prefixes,
      int rank,
      Map<String, Object> extra) {
    PathFilter scope = PathFilter.of("i.unit_path", prefixes);
    Map<Long, Totals> byKey = new HashMap<>();
    Totals[] total = {Totals.NONE};
    jdbc.sql(SQL.formatted(key, join, scope.sql()))
        .params(scope.params())
        .params(extra)
        .param("programme", programmeId)
        .param("rank", rank)
        .query(
            rs -> {
              Totals totals =
                  new Totals(
                      rs.getLong("recognised"), rs.getLong("authors"), rs.getLong("benefit"));
              if (rs.getInt("whole") == 1) {
                total[0] = totals;
              } else {
                byKey.put(rs.getObject("key", Long.class), totals);
              }
            });
    return new Rows(total[0], byKey);
  }
}
