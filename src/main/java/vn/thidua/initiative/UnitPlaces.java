package vn.thidua.initiative;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.UnitReads;
import vn.thidua.organisation.UnitSummary;

/** Where units stood on a given day, from the organisation module's history of placements. */
@Component
class UnitPlaces {

  private final OrgUnits units;
  private final UnitReads reads;

  UnitPlaces(OrgUnits units, UnitReads reads) {
    this.units = units;
    this.reads = reads;
  }

  /**
   * Every path the unit has had, one per place it stood in: its subtree's initiatives carry one of
   * them, whichever was true when they were submitted.
   */
  List<String> pathsOver(long unitId) {
    List<String> paths =
        reads.history(unitId).stream()
            .filter(line -> "PLACED".equals(line.kind()))
            .map(line -> on(unitId, line.from()).path())
            .distinct()
            .toList();
    return paths.isEmpty() ? List.of(units.require(unitId).path()) : paths;
  }

  Place on(long unitId, LocalDate date) {
    UnitSummary unit = units.require(unitId);
    List<UnitSummary> ancestors = reads.ancestors(unitId, date);
    String path =
        ancestors.stream()
                .map(above -> String.valueOf(above.id()))
                .collect(Collectors.joining("/", "/", "/"))
            + unitId
            + "/";
    return new Place(unit, ancestors, ancestors.isEmpty() ? "/" + unitId + "/" : path);
  }
}
