package vn.thidua.honours;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vn.thidua.shared.web.DomainException;

/** The checks an honour of the catalogue passes before it is saved. */
final class CatalogueChecks {

  static final int MAX_NAME = 300;
  static final int MAX_GRADES = 9;
  static final BigDecimal MAX_PRIZE = BigDecimal.valueOf(1000);
  private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{2,40}");

  private final Set<String> levelCodes;

  /**
   * @param levelCodes the codes of the hierarchy's levels, the only granting levels there are
   */
  CatalogueChecks(Set<String> levelCodes) {
    this.levelCodes = Set.copyOf(levelCodes);
  }

  void requireNew(HonourForm form) {
    if (form.kind() == null) {
      throw DomainException.invalid("honours.kind.missing");
    }
    if (form.code() == null || !CODE.matcher(form.code()).matches()) {
      throw DomainException.invalid("honours.code.invalid");
    }
    require(form.kind(), form);
  }

  void require(HonourKind kind, HonourForm form) {
    if (form.name() == null || form.name().isBlank()) {
      throw DomainException.invalid("honours.name.blank");
    }
    if (form.name().strip().length() > MAX_NAME
        || (form.nameEn() != null && form.nameEn().strip().length() > MAX_NAME)) {
      throw DomainException.invalid("honours.name.tooLong", MAX_NAME);
    }
    if (form.recipients() == null || form.recipients().isEmpty()) {
      throw DomainException.invalid("honours.recipients.missing");
    }
    requireScope(kind, form);
    requirePrize(form.prizeMultiple());
    requireGrades(form.grades());
  }

  private static void requireScope(HonourKind kind, HonourForm form) {
    if (form.scope() == null) {
      throw DomainException.invalid("honours.scope.missing");
    }
    if (kind == HonourKind.TITLE && form.scope() == Scope.THEMATIC) {
      throw DomainException.invalid("honours.scope.titleThematic");
    }
    boolean hasTheme = form.theme() != null && !form.theme().isBlank();
    if (form.scope() == Scope.THEMATIC && !hasTheme) {
      throw DomainException.invalid("honours.theme.missing");
    }
    if (hasTheme && form.theme().strip().length() > MAX_NAME) {
      throw DomainException.invalid("honours.name.tooLong", MAX_NAME);
    }
  }

  private static void requirePrize(BigDecimal prize) {
    if (prize == null) {
      return;
    }
    if (prize.signum() < 0 || prize.compareTo(MAX_PRIZE) > 0 || prize.scale() > 2) {
      throw DomainException.invalid("honours.prize.invalid", MAX_PRIZE);
    }
  }

  private void requireGrades(List<HonourGrade> grades) {
    if (grades == null || grades.isEmpty()) {
      throw DomainException.invalid("honours.grades.missing");
    }
    if (grades.size() > MAX_GRADES) {
      throw DomainException.invalid("honours.grades.tooMany", MAX_GRADES);
    }
    for (int i = 0; i < grades.size(); i++) {
      HonourGrade grade = grades.get(i);
      if (grade == null || grade.grade() != i + 1) {
        throw DomainException.invalid("honours.grades.numbering");
      }
      if (grade.name() == null || grade.name().isBlank()) {
        throw DomainException.invalid("honours.grade.nameBlank", i + 1);
      }
      if (grade.name().strip().length() > MAX_NAME) {
        throw DomainException.invalid("honours.name.tooLong", MAX_NAME);
      }
      if (grade.grantingLevelCode() == null || !levelCodes.contains(grade.grantingLevelCode())) {
        throw DomainException.invalid("honours.grade.levelUnknown", i + 1);
      }
    }
  }
}
