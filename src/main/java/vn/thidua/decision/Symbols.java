package vn.thidua.decision;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.shared.document.Letterhead;

/**
 * The number and symbol of a decision, "15/QĐ-LĐLĐ": the symbol after "QĐ-" abbreviates the issuing
 * body, taken from its level unless an officer chose one for the unit.
 */
@Component
class Symbols {

  private final JdbcClient jdbc;

  Symbols(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  static String abbreviationOf(String levelCode) {
    return Letterhead.abbreviationOf(levelCode);
  }

  static String format(Integer number, String suffix) {
    return (number == null ? "…" : number.toString()) + "/QĐ-" + suffix;
  }

  String suffixFor(UnitSummary unit) {
    return jdbc.sql(
            "select symbol_suffix from decision_letterhead where unit_id = :unit"
                + " and symbol_suffix is not null")
        .param("unit", unit.id())
        .query(String.class)
        .optional()
        .orElseGet(() -> abbreviationOf(unit.levelCode()));
  }
}
