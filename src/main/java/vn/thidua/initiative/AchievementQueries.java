package vn.thidua.initiative;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.organisation.PathFilter;

/**
 * Achievement over a subtree: the recognised initiatives of a programme whose unit stood (when
 * submitted) within the subtree, counted with their benefit and their distinct authors — people
 * once however many initiatives they wrote, author groups once per unit — grouped by a key (the
 * unit directly below, the sector, or a cluster member) and in total.
 *
 * <p>By the unit directly below, the statement reads the programme's totals ({@code
 * programme_total}, kept by the database with every change to an initiative or its authors, see
 * V22): one row for the subtree and one per unit below, whatever the subtree's size. By sector or
 * cluster member it reads the initiative rows, by a range scan of the (programme_id, unit_path)
 * index; distinct authors are found there by grouping (hash aggregates) rather than {@code
 * count(distinct …)}, which would sort every row.
 */
@Component
class AchievementQueries {

  record Totals(long recognised, long authors, long benefitVnd) {
    static final Totals NONE = new Totals(0, 0, 0);
  }

  /** The whole subtree's totals, and each key's. A null key holds rows without one. */
  record Rows(Totals total, Map<Long, Totals> byKey) {}

  static final String SQL =
      """
      with scoped as (
        select i.id, i.unit_id, i.author_group, i.benefit_vnd, %1$s as key
          from initiative i
          %2$s
         where i.programme_id = :programme and i.recognised_rank >= :rank and %3$s
      ),
      per_key as (
        select key, count(*) as recognised, coalesce(sum(benefit_vnd), 0) as benefit
          from scoped
         group by key
      ),
      group_keys as (
        select key, unit_id, author_group
          from scoped
         where author_group is not null
         group by key, unit_id, author_group
      ),
      person_keys as (
        select s.key, a.person_id
          from scoped s
          join initiative_author a on a.initiative_id = s.id
         group by s.key, a.person_id
      ),
      group_counts as (select key, count(*) as n from group_keys group by key),
      person_counts as (select key, count(*) as n from person_keys group by key)
      select k.key, 0 as whole, k.recognised, k.benefit,
             coalesce(g.n, 0) + coalesce(p.n, 0) as authors
        from per_key k
        left join group_counts g on g.key is not distinct from k.key
        left join person_counts p on p.key is not distinct from k.key
      union all
      select null, 1, coalesce(sum(recognised), 0), coalesce(sum(benefit), 0),
             (select count(*) from (select distinct unit_id, author_group from group_keys) g)
           + (select count(*) from (select distinct person_id from person_keys) p)
        from per_key
      """;

  /** Child 0 is the whole subtree; every other row is the unit directly below with that id. */
  static final String TOTALS_SQL =
      """
      select child_id, recognised, benefit_vnd, people + author_groups as authors
        from programme_total
       where programme_id = :programme and unit_id = :unit and level = :rank
      """;

  private final JdbcClient jdbc;

  AchievementQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Keyed by the unit directly below {@code unitId} on the initiative's path; the initiatives of
   * the unit itself count in the total only.
   */
  Rows byChild(long programmeId, long unitId, int rank) {
    Map<Long, Totals> byKey = new HashMap<>();
    Totals[] total = {Totals.NONE};
    jdbc.sql(TOTALS_SQL)
        .param("programme", programmeId)
        .param("unit", unitId)
        .param("rank", rank)
        .query(
            rs -> {
              Totals totals =
                  new Totals(
                      rs.getLong("recognised"), rs.getLong("authors"), rs.getLong("benefit_vnd"));
              long child = rs.getLong("child_id");
              if (child == 0) {
                total[0] = totals;
              } else {
                byKey.put(child, totals);
              }
            });
    return new Rows(total[0], byKey);
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
