package vn.thidua.initiative;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class TargetHandDownTests {

  @Test
  void takesOnlyAPositiveWholeNumber() {
    assertThatCode(() -> TargetHandDown.aPositiveWholeNumber(1_500)).doesNotThrowAnyException();
    assertThatThrownBy(() -> TargetHandDown.aPositiveWholeNumber(0))
        .extracting("messageKey")
        .isEqualTo("programme.target.range");
    assertThatThrownBy(() -> TargetHandDown.aPositiveWholeNumber(null))
        .extracting("messageKey")
        .isEqualTo("programme.target.missing");
  }

  @Test
  void handsDownOnlyFromTheUnitDirectlyAboveThatTakesPart() {
    assertThatCode(
            () ->
                TargetHandDown.onlyFromTheUnitDirectlyAboveInTheProgramme(
                    Optional.of(7L), true, "CĐCS"))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () ->
                TargetHandDown.onlyFromTheUnitDirectlyAboveInTheProgramme(
                    Optional.of(7L), false, "CĐCS ngoài"))
        .extracting("messageKey", "args")
        .containsExactly("programme.target.outside", new Object[] {"CĐCS ngoài"});
    assertThatThrownBy(
            () ->
                TargetHandDown.onlyFromTheUnitDirectlyAboveInTheProgramme(
                    Optional.empty(), true, "Tổng LĐLĐ"))
        .extracting("messageKey")
        .isEqualTo("programme.target.outside");
  }

  @Test
  void handsDownOnlyFromAUnitThatHasATargetItself() {
    assertThatThrownBy(() -> TargetHandDown.onlyFromAUnitThatHasATarget(false, "LĐLĐ huyện"))
        .extracting("messageKey", "args")
        .containsExactly("programme.target.noneAbove", new Object[] {"LĐLĐ huyện"});
    assertThatCode(() -> TargetHandDown.onlyFromAUnitThatHasATarget(true, "LĐLĐ huyện"))
        .doesNotThrowAnyException();
  }
}
