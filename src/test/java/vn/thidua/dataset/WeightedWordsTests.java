package vn.thidua.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.shared.text.SearchText;

class WeightedWordsTests {

  @Test
  void givesEachWordAsManySlotsAsItsWeight() {
    List<WeightedWords.Slot> slots = WeightedWords.of("test", "Nguyễn 600, Trần 400").slots();

    assertThat(slots).hasSize(1000);
    assertThat(slots).extracting(WeightedWords.Slot::slot).startsWith(0, 1).endsWith(999);
    assertThat(slots).filteredOn(s -> "Nguyễn".equals(s.word())).hasSize(600);
    assertThat(slots.get(600)).isEqualTo(new WeightedWords.Slot(600, "Trần", "tran"));
  }

  @Test
  void keepsWordsOfSeveralParts() {
    assertThat(WeightedWords.of("jobs", "Công nhân may 1000").slots().get(0).folded())
        .isEqualTo("cong nhan may");
  }

  @Test
  void standsForNoWordWithADash() {
    assertThat(WeightedWords.of("jobs", "Kế toán 900, - 100").slots().get(999))
        .isEqualTo(new WeightedWords.Slot(999, null, null));
  }

  @Test
  void refusesWeightsThatDoNotAddUpToAThousand() {
    assertThatThrownBy(() -> WeightedWords.of("short", "Lê 500, Lý 400"))
        .hasMessageContaining("add up to 900");
  }

  @Test
  void refusesAWordNamedTwiceOrWithoutWeight() {
    assertThatThrownBy(() -> WeightedWords.of("twice", "Lê 500, Lê 500"))
        .hasMessageContaining("'Lê' twice");
    assertThatThrownBy(() -> WeightedWords.of("bare", "Lê"))
        .hasMessageContaining("not \"word weight\"");
  }

  @Test
  void drawsFamilyNamesAsCommonAsInThePopulation() {
    WeightedWords family =
        PeopleGenerator.WORDS.stream().filter(w -> w.name().equals("family")).findFirst().get();

    assertThat(family.weights()).containsEntry("Nguyễn", 384).containsEntry("Trần", 121);
    for (WeightedWords words : PeopleGenerator.WORDS) {
      assertThat(words.slots())
          .as(words.name())
          .hasSize(1000)
          .allMatch(s -> s.word() == null || s.folded().equals(SearchText.fold(s.word())));
    }
  }
}
