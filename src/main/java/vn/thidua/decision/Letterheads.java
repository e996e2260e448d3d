package vn.thidua.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.UnitSummary;

/**
 * Builds a unit's letterhead: the body above it, its own name, the organ that decides and the
 * place. The place is the officer's choice for the unit, or the province the unit stands in.
 */
@Component
class Letterheads {

  private static final Pattern PROVINCE_PREFIX =
      Pattern.compile(
          "^(Liên đoàn Lao động|LĐLĐ)\\s+(thành phố|tỉnh|TP\\.?)?\\s*", Pattern.CASE_INSENSITIVE);
  private static final String CAPITAL = "Hà Nội";

  private final OrgUnits units;
  private final JdbcClient jdbc;

  Letterheads(OrgUnits units, JdbcClient jdbc) {
    this.units = units;
    this.jdbc = jdbc;
  }

  Letterhead of(long unitId) {
    UnitSummary unit = units.require(unitId);
    List<UnitSummary> above = ancestors(unit);
    String superior = above.isEmpty() ? null : Letterhead.upper(above.get(above.size() - 1).name());
    String organ = unit.grassroots() ? "BAN CHẤP HÀNH " : "BAN THƯỜNG VỤ ";
    String place =
        jdbc.sql(
                "select place_name from decision_letterhead where unit_id = :unit"
                    + " and place_name is not null")
            .param("unit", unitId)
            .query(String.class)
            .optional()
            .filter(name -> !name.isBlank())
            .orElseGet(() -> placeOf(unit, above));
    return new Letterhead(
        superior, Letterhead.upper(unit.name()), organ + Letterhead.upper(unit.name()), place);
  }

  /** The place the unit's decisions print when its officers chose none. */
  String defaultPlace(UnitSummary unit) {
    return placeOf(unit, ancestors(unit));
  }

  static String placeOf(UnitSummary unit, List<UnitSummary> above) {
    List<UnitSummary> line = new ArrayList<>(above);
    line.add(unit);
    return line.stream()
        .filter(candidate -> "PROVINCE".equals(candidate.levelCode()))
        .findFirst()
        .map(province -> PROVINCE_PREFIX.matcher(province.name()).replaceFirst("").strip())
        .filter(name -> !name.isEmpty())
        .orElse(CAPITAL);
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
