package vn.thidua.honours;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CatalogueChecksTests {

  static final CatalogueChecks RULES =
      new CatalogueChecks(Set.of("GRASSROOTS", "DISTRICT", "PROVINCE"));

  static HonourForm aGoodWorkerTitle() {
    return new HonourForm(
        HonourKind.TITLE,
        "CNG_MOI",
        "Công nhân giỏi",
        null,
        Set.of(Recipient.INDIVIDUAL),
        Scope.COMPREHENSIVE,
        null,
        null,
        List.of(
            new HonourGrade(1, "Công nhân giỏi cấp cơ sở", "GRASSROOTS"),
            new HonourGrade(2, "Công nhân giỏi cấp quận", "DISTRICT"),
            new HonourGrade(3, "Công nhân giỏi Thủ đô", "PROVINCE")),
        true,
        0);
  }

  static HonourForm with(HonourForm f, Scope scope, String theme, List<HonourGrade> grades) {
    return new HonourForm(
        f.kind(),
        f.code(),
        f.name(),
        f.nameEn(),
        f.recipients(),
        scope,
        theme,
        f.prizeMultiple(),
        grades,
        f.active(),
        f.version());
  }

  @Test
  void acceptsATitleWithThreeGradesFromGrassrootsToTheCity() {
    assertThatCode(() -> RULES.requireNew(aGoodWorkerTitle())).doesNotThrowAnyException();
  }

  @Test
  void refusesACodeWithLowerCaseOrAccents() {
    HonourForm f = aGoodWorkerTitle();
    HonourForm lower =
        new HonourForm(
            f.kind(),
            "cng",
            f.name(),
            null,
            f.recipients(),
            f.scope(),
            null,
            null,
            f.grades(),
            true,
            0);
    assertThatThrownBy(() -> RULES.requireNew(lower))
        .hasFieldOrPropertyWithValue("messageKey", "honours.code.invalid");
  }

  @Test
  void refusesAThematicTitle() {
    HonourForm thematic =
        with(aGoodWorkerTitle(), Scope.THEMATIC, "An toàn lao động", aGoodWorkerTitle().grades());
    assertThatThrownBy(() -> RULES.requireNew(thematic))
        .hasFieldOrPropertyWithValue("messageKey", "honours.scope.titleThematic");
  }

  @Test
  void refusesAThematicAwardWithoutItsTheme() {
    HonourForm title = aGoodWorkerTitle();
    HonourForm award =
        new HonourForm(
            HonourKind.AWARD,
            "BK_CD",
            "Bằng khen chuyên đề",
            null,
            title.recipients(),
            Scope.THEMATIC,
            " ",
            null,
            List.of(new HonourGrade(1, "Bằng khen", "PROVINCE")),
            true,
            0);
    assertThatThrownBy(() -> RULES.requireNew(award))
        .hasFieldOrPropertyWithValue("messageKey", "honours.theme.missing");
  }

  @Test
  void refusesGradesWithAGapOrAnUnknownLevel() {
    HonourForm gap =
        with(
            aGoodWorkerTitle(),
            Scope.COMPREHENSIVE,
            null,
            List.of(
                new HonourGrade(1, "Cấp cơ sở", "GRASSROOTS"),
                new HonourGrade(3, "Thủ đô", "PROVINCE")));
    assertThatThrownBy(() -> RULES.requireNew(gap))
        .hasFieldOrPropertyWithValue("messageKey", "honours.grades.numbering");
    HonourForm unknown =
        with(
            aGoodWorkerTitle(),
            Scope.COMPREHENSIVE,
            null,
            List.of(new HonourGrade(1, "Cấp cơ sở", "VILLAGE")));
    assertThatThrownBy(() -> RULES.requireNew(unknown))
        .hasFieldOrPropertyWithValue("messageKey", "honours.grade.levelUnknown");
    HonourForm none = with(aGoodWorkerTitle(), Scope.COMPREHENSIVE, null, List.of());
    assertThatThrownBy(() -> RULES.requireNew(none))
        .hasFieldOrPropertyWithValue("messageKey", "honours.grades.missing");
  }

  @Test
  void refusesANegativeOrOverPrecisePrize() {
    HonourForm f = aGoodWorkerTitle();
    for (String prize : List.of("-1", "0.305", "1001")) {
      HonourForm bad =
          new HonourForm(
              f.kind(),
              f.code(),
              f.name(),
              null,
              f.recipients(),
              f.scope(),
              null,
              new BigDecimal(prize),
              f.grades(),
              true,
              0);
      assertThatThrownBy(() -> RULES.requireNew(bad))
          .hasFieldOrPropertyWithValue("messageKey", "honours.prize.invalid");
    }
  }

  @Test
  void refusesAnHonourForNobody() {
    HonourForm f = aGoodWorkerTitle();
    HonourForm nobody =
        new HonourForm(
            f.kind(),
            f.code(),
            f.name(),
            null,
            Set.of(),
            f.scope(),
            null,
            null,
            f.grades(),
            true,
            0);
    assertThatThrownBy(() -> RULES.requireNew(nobody))
        .hasFieldOrPropertyWithValue("messageKey", "honours.recipients.missing");
  }
}
