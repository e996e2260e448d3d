package vn.thidua.dataset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class WeightedWordsTests {

  @Test
  void givesEachWordAsManySlotsAsItsWeight() {
    WeightedWords names = WeightedWords.of("test", "Nguyễn 600, Trần 400");

    assertThat(names.words()).containsExactly("Nguyễn", "Trần");
    assertThat(names.foldedWords()).containsExactly("nguyen", "tran");
    assertThat(names.slots()).hasSize(1000);
    assertThat(names.slots().subList(0, 600)).containsOnly(1);
    assertThat(names.slots().subList(600, 1000)).containsOnly(2);
  }

  @Test
  void keepsWordsOfSeveralParts() {
    assertThat(WeightedWords.of("jobs", "Công nhân may 1000").foldedWords())
        .containsExactly("cong nhan may");
  }

  @Test
  void standsForNoWordWithADash() {
    WeightedWords jobs = WeightedWords.of("jobs", "Kế toán 900, - 100");

    assertThat(jobs.words()).containsExactly("Kế toán", null);
    assertThat(jobs.foldedWords()).containsExactly("ke toan", null);
    assertThat(jobs.slots().get(999)).isEqualTo(2);
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
      assertThat(words.slots()).as(words.name()).hasSize(1000).isSorted();
      assertThat(words.name()).matches("[a-z_A-Z]+");
    }
  }

  @Test
  void namesTheJobListsAfterTheSectors() {
    List<String> names = PeopleGenerator.WORDS.stream().map(WeightedWords::name).toList();

    assertThat(names)
        .containsAll(
            Arrays.stream(new String[] {"HCSN", "DN", "TH", "XA"}).map(s -> "job_" + s).toList());
  }
}
