package vn.thidua.organisation;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.shared.infra.CustomPlans;

@Service
@Transactional(readOnly = true)
class SubtreeLocator implements Subtrees {

  private final OrgUnits units;
  private final Placements placements;
  private final JdbcClient jdbc;

  SubtreeLocator(OrgUnits units, Placements placements, JdbcClient jdbc) {
    this.units = units;
    this.placements = placements;
    this.jdbc = jdbc;
  }

  /**
   * Also plans the caller's further statements for their values: the statements that count under a
   * subtree serve the nation and one union alike (see {@link CustomPlans}).
   */
  @Override
  public Optional<Subtree> find(long unitId, LocalDate asOf) {
    CustomPlans.forThisTransaction(jdbc);
    UnitSummary unit = units.require(unitId);
    return placements
        .at(unitId, asOf)
        .or(() -> placements.lastBefore(unitId, asOf))
        .map(place -> new Subtree(unit, asOf, place.path()));
  }
}
