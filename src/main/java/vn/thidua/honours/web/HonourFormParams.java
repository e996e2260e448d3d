package vn.thidua.honours.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.thidua.honours.HonourForm;
import vn.thidua.honours.HonourGrade;
import vn.thidua.honours.HonourKind;
import vn.thidua.honours.HonourView;
import vn.thidua.honours.Recipient;
import vn.thidua.honours.Scope;
import vn.thidua.shared.web.DomainException;

/** The honour form's fields, read from what was typed and filled from an honour to edit. */
final class HonourFormParams {

  static final int GRADE_ROWS = 4;

  private HonourFormParams() {}

  static HonourForm read(Map<String, String> params) {
    Set<Recipient> recipients = EnumSet.noneOf(Recipient.class);
    for (Recipient recipient : Recipient.values()) {
      if ("true".equals(params.get("recipient" + recipient.name()))) {
        recipients.add(recipient);
      }
    }
    List<HonourGrade> grades = new ArrayList<>();
    for (int i = 0; i < GRADE_ROWS; i++) {
      String name = params.getOrDefault("grade" + i + "Name", "").strip();
      String level = params.getOrDefault("grade" + i + "Level", "");
      if (!name.isEmpty()) {
        grades.add(new HonourGrade(grades.size() + 1, name, level));
      }
    }
    return new HonourForm(
        parse(HonourKind.class, params.get("kind")),
        blankToNull(params.get("code")),
        params.get("name"),
        params.get("nameEn"),
        recipients,
        parse(Scope.class, params.get("scope")),
        params.get("theme"),
        prize(params.get("prizeMultiple")),
        grades,
        "true".equals(params.get("active")),
        whole(params.get("version")));
  }

  static Map<String, String> of(HonourView honour) {
    Map<String, String> typed = new java.util.HashMap<>();
    typed.put("kind", honour.kind().name());
    typed.put("code", honour.code());
    typed.put("name", honour.name());
    typed.put("scope", honour.scope().name());
    typed.put("theme", honour.theme() == null ? "" : honour.theme());
    typed.put(
        "prizeMultiple",
        honour.prizeMultiple() == null
            ? ""
            : honour.prizeMultiple().stripTrailingZeros().toPlainString());
    for (Recipient recipient : honour.recipients()) {
      typed.put("recipient" + recipient.name(), "true");
    }
    for (int i = 0; i < honour.grades().size() && i < GRADE_ROWS; i++) {
      typed.put("grade" + i + "Name", honour.grades().get(i).name());
      typed.put("grade" + i + "Level", honour.grades().get(i).grantingLevelCode());
    }
    typed.put("active", String.valueOf(honour.active()));
    typed.put("version", String.valueOf(honour.version()));
    return typed;
  }

  private static <E extends Enum<E>> E parse(Class<E> type, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Enum.valueOf(type, value);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static BigDecimal prize(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(value.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw DomainException.invalid("honours.prize.invalid", 1000);
    }
  }

  private static Integer whole(String value) {
    try {
      return value == null || value.isBlank() ? null : Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
