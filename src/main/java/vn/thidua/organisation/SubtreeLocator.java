package vn.thidua.organisation;

import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class SubtreeLocator implements Subtrees {

  private final OrgUnits units;
  private final Placements placements;

  SubtreeLocator(OrgUnits units, Placements placements) {
    this.units = units;
    this.placements = placements;
  }

  @Override
  public Optional<Subtree> find(long unitId, LocalDate asOf) {
    UnitSummary unit = units.require(unitId);
    return placements
        .at(unitId, asOf)
        .or(() -> placements.lastBefore(unitId, asOf))
        .map(place -> new Subtree(unit, asOf, place.path()));
  }
}
