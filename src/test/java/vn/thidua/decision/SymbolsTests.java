package vn.thidua.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SymbolsTests {

  @Test
  void abbreviatesTheIssuingBodyFromItsLevel() {
    assertThat(Symbols.format(15, Symbols.abbreviationOf("DISTRICT"))).isEqualTo("15/QĐ-LĐLĐ");
    assertThat(Symbols.format(3, Symbols.abbreviationOf("NATIONAL"))).isEqualTo("3/QĐ-TLĐ");
    assertThat(Symbols.format(null, Symbols.abbreviationOf("INDUSTRY"))).isEqualTo("…/QĐ-CĐN");
    assertThat(Symbols.abbreviationOf("SOMETHING_NEW")).isEqualTo("CĐ");
  }

  @Test
  void shortCodesUseOnlyUnambiguousCharactersAndDoNotRepeat() {
    ShortCodes codes = new ShortCodes(null);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 2000; i++) {
      String code = codes.random();
      assertThat(code).hasSize(ShortCodes.LENGTH).doesNotContainPattern("[01OILSZ25]");
      seen.add(code);
    }
    assertThat(seen).hasSize(2000);
  }

  @Test
  void normalisesWhatAPersonTyped() {
    assertThat(ShortCodes.normalise(" abcd-efgh 34 ")).isEqualTo("ABCDEFGH34");
  }
}
