package vn.thidua.decision;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.PathFilter;
import vn.thidua.shared.web.Paged;

/**
 * Who may read which decisions, and the lists. A decision concerns the issuing unit's subtree, so
 * it is read by anyone with a grant there or above it.
 */
@Component
class DecisionQueries {

  private final JdbcClient jdbc;
  private final DecisionStore store;
  private final OrgUnits units;

  DecisionQueries(JdbcClient jdbc, DecisionStore store, OrgUnits units) {
    this.jdbc = jdbc;
    this.store = store;
    this.units = units;
  }

  boolean canRead(long issuingUnitId) {
    if (units.canSee(issuingUnitId)) {
      return true;
    }
    String path = units.find(issuingUnitId).map(u -> u.path()).orElse(null);
    return path != null && units.visiblePaths().stream().anyMatch(p -> p.startsWith(path));
  }

  DecisionView view(DecisionRow row) {
    String targetSymbol =
        row.targetDecisionId() == null
            ? null
            : store.find(row.targetDecisionId()).map(DecisionRow::symbol).orElse(null);
    return new DecisionView(
        row.id(),
        row.issuingUnitId(),
        row.issuingUnitName(),
        row.year(),
        row.kind(),
        row.targetDecisionId(),
        targetSymbol,
        row.number(),
        row.symbol(),
        row.status(),
        row.subject(),
        row.basesList(),
        row.signerName(),
        row.signerPosition(),
        row.signedOn(),
        row.issuedAt(),
        row.supersededById(),
        store.lines(row.id()),
        row.version());
  }

  Paged<DecisionSummary> search(DecisionFilter filter, int page, int size) {
    List<String> paths = units.visiblePaths();
    if (paths.isEmpty()) {
      return new Paged<>(List.of(), page, size, 0);
    }
    // the user's units and those below them, and the units above them, which decide for them
    Set<Long> above = PathFilter.unitsOn(paths);
    PathFilter scope = PathFilter.of("u.path", paths);
    List<String> conditions = new ArrayList<>();
    conditions.add("(" + scope.sql() + " or d.issuing_unit_id in (:above))");
    Map<String, Object> params = new HashMap<>(scope.params());
    params.put("above", above);
    if (filter.year() != null) {
      conditions.add("d.year = :year");
      params.put("year", filter.year());
    }
    if (filter.status() != null) {
      conditions.add("d.status = :status");
      params.put("status", filter.status().name());
    }
    if (filter.unitId() != null) {
      String unitPath = units.require(filter.unitId()).path();
      conditions.add("u.path >= :unitPath and u.path < :unitPathUpper");
      params.put("unitPath", unitPath);
      params.put("unitPathUpper", OrgUnits.pathUpperBound(unitPath));
    }
    String where = " where " + String.join(" and ", conditions);
    String from = " from decision d join org_unit u on u.id = d.issuing_unit_id";
    long total =
        jdbc.sql("select count(*)" + from + where).params(params).query(Long.class).single();
    List<DecisionSummary> items =
        jdbc.sql(
                """
                select d.id, d.issuing_unit_id, u.name as unit_name, d.year, d.kind, d.symbol,
                       d.status, d.subject, d.signed_on, d.version,
                       (select count(*) from decision_line l where l.decision_id = d.id) as lines
                """
                    + from
                    + where
                    + " order by d.year desc, d.signed_on desc nulls first, d.id desc"
                    + " limit :limit offset :offset")
            .params(params)
            .param("limit", size)
            .param("offset", (long) page * size)
            .query(
                (rs, n) ->
                    new DecisionSummary(
                        rs.getLong("id"),
                        rs.getLong("issuing_unit_id"),
                        rs.getString("unit_name"),
                        rs.getInt("year"),
                        DecisionKind.valueOf(rs.getString("kind")),
                        rs.getString("symbol"),
                        DecisionStatus.valueOf(rs.getString("status")),
                        rs.getString("subject"),
                        rs.getObject("signed_on", java.time.LocalDate.class),
                        rs.getInt("lines"),
                        rs.getInt("version")))
            .list();
    return new Paged<>(items, page, size, total);
  }
}
