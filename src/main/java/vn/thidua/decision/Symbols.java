package vn.thidua.decision;

import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.organisation.UnitSummary;

/**
 * The number and symbol of a decision, "15/QĐ-LĐLĐ": the symbol after "QĐ-" abbreviates the issuing
 * body, taken from its level unless an officer chose one for the unit.
 */
@Component
class Symbols {

  private static final Map<String, String> BY_LEVEL =
      Map.of(
          "NATIONAL", "TLĐ",
          "PROVINCE", "LĐLĐ",
          "DISTRICT", "LĐLĐ",
          "WARD", "CĐP",
          "INDUSTRY", "CĐN",
          "ZONE", "CĐKCN",
          "GRASSROOTS", "CĐCS",
          "SUBUNIT", "CĐBP");

  private final JdbcClient jdbc;

  Symbols(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  static String abbreviationOf(String levelCode) {
    return BY_LEVEL.getOrDefault(levelCode, "CĐ");
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
