package vn.thidua.decision;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.shared.document.Letterhead;

/**
 * Builds a unit's letterhead: the body above it, its own name, the organ that decides and the
 * place. The place is the officer's choice for the unit, or the province the unit stands in.
 */
@Component
class Letterheads {

  private final OrgUnits units;
  private final JdbcClient jdbc;

  Letterheads(OrgUnits units, JdbcClient jdbc) {
    this.units = units;
    this.jdbc = jdbc;
  }

  Letterhead of(long unitId) {
    UnitSummary unit = units.require(unitId);
    List<UnitSummary> above = ancestors(unit);
    String superior = above.isEmpty() ? null : above.get(above.size() - 1).name();
    String place =
        jdbc.sql(
                "select place_name from decision_letterhead where unit_id = :unit"
                    + " and place_name is not null")
            .param("unit", unitId)
            .query(String.class)
            .optional()
            .filter(name -> !name.isBlank())
            .orElseGet(() -> placeOf(unit, above));
    return Letterhead.of(superior, unit.name(), unit.grassroots(), place);
  }

  /** The place the unit's decisions print when its officers chose none. */
  String defaultPlace(UnitSummary unit) {
    return placeOf(unit, ancestors(unit));
  }

  static String placeOf(UnitSummary unit, List<UnitSummary> above) {
    List<UnitSummary> line = new ArrayList<>(above);
    line.add(unit);
    return Letterhead.placeOf(
        line.stream()
            .filter(candidate -> "PROVINCE".equals(candidate.levelCode()))
            .findFirst()
            .map(UnitSummary::name)
            .orElse(null));
  }

  private List<UnitSummary> ancestors(UnitSummary unit) {
    List<Long> ids = new ArrayList<>();
    for (String part : unit.path().split("/")) {
      if (!part.isEmpty() && Long.parseLong(part) != unit.id()) {
        ids.add(Long.valueOf(part));
      }
    }
    List<UnitSummary> found = new ArrayList<>();
    for (long id : ids) {
      units.find(id).ifPresent(found::add);
    }
    return found;
  }
}
