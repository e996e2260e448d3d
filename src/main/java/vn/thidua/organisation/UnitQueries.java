package vn.thidua.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.shared.text.SearchText;
import vn.thidua.shared.web.Paged;

/** Reads of the hierarchy for pages and the API: search, breadcrumbs, history. */
@Service
@Transactional(readOnly = true)
class UnitQueries implements UnitReads {

  private final JdbcClient jdbc;
  private final OrgUnits units;
  private final Placements placements;

  UnitQueries(JdbcClient jdbc, OrgUnits units, Placements placements) {
    this.jdbc = jdbc;
    this.units = units;
    this.placements = placements;
  }

  @Override
  public Paged<UnitSummary> search(String query, int page, int size) {
    PathFilter scope = PathFilter.of("u.path", units.visiblePaths());
    String where = " where " + scope.sql() + " and u.search_name like :pattern escape '\\'";
    long total =
        jdbc.sql("select count(*) from org_unit u" + where)
            .params(scope.params())
            .param("pattern", SearchText.containsPattern(query))
            .query(Long.class)
            .single();
    List<UnitSummary> items =
        jdbc.sql(
                OrgUnitDirectory.SUMMARY_SQL
                    + where
                    + " order by (u.ended_on is not null), l.tier, u.name limit :limit offset :offset")
            .params(scope.params())
            .param("pattern", SearchText.containsPattern(query))
            .param("limit", size)
            .param("offset", (long) page * size)
            .query(OrgUnitDirectory::summary)
            .list();
    return new Paged<>(items, page, size, total);
  }

  /**
   * The units from the top down to the unit, as the tree stood on the date (or its latest place).
   */
  public List<UnitSummary> ancestors(long unitId, LocalDate date) {
    String path =
        placements.at(unitId, date).map(Placement::path).orElse(units.require(unitId).path());
    List<Long> ids =
        Arrays.stream(path.split("/")).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    Map<Long, UnitSummary> byId =
        units.findAll(ids).stream().collect(Collectors.toMap(UnitSummary::id, Function.identity()));
    return ids.stream().map(byId::get).filter(u -> u != null && u.id() != unitId).toList();
  }

  @Override
  public List<UnitHistory> history(long unitId) {
    List<UnitHistory> lines = new ArrayList<>();
    for (Placement place : placements.historyOf(unitId)) {
      String parentName = place.parentId() == null ? null : units.require(place.parentId()).name();
      lines.add(
          new UnitHistory(
              "PLACED", place.validFrom(), place.validTo(), place.parentId(), parentName));
    }
    lines.addAll(
        jdbc.sql(
                """
                select case when l.predecessor_id = :unit then l.kind else l.kind || '_FROM' end as kind,
                       l.effective_on as "from", null as "to",
                       case when l.predecessor_id = :unit then l.successor_id else l.predecessor_id end
                         as other_unit_id,
                       o.name as other_unit_name
                  from unit_lineage l
                  left join org_unit o
                         on o.id = case when l.predecessor_id = :unit then l.successor_id
                                        else l.predecessor_id end
                 where (l.predecessor_id = :unit or l.successor_id = :unit) and l.kind <> 'MOVE'
                """)
            .param("unit", unitId)
            .query(UnitHistory.class)
            .list());
    lines.sort(Comparator.comparing(UnitHistory::from));
    return lines;
  }
}
