package vn.thidua.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTests {

  record Unit(String name, BigDecimal score) {}

  private static Unit unit(String name, String score) {
    return new Unit(name, new BigDecimal(score));
  }

  private static List<Ranking.Placed<Unit>> rank(Unit... units) {
    return Ranking.rank(List.of(units), Unit::score, Comparator.comparing(Unit::name));
  }

  @Test
  void ranksTheHighestScoreFirst() {
    assertThat(rank(unit("B", "70"), unit("A", "95.5"), unit("C", "80")))
        .extracting(placed -> placed.entry().name())
        .containsExactly("A", "C", "B");
  }

  @Test
  void tiesShareAPlaceAndTheNextPlaceIsSkipped() {
    List<Ranking.Placed<Unit>> ranked =
        rank(unit("Điện B", "80.00"), unit("May A", "90"), unit("Cơ khí C", "80"), unit("D", "70"));

    assertThat(ranked).extracting(Ranking.Placed::rank).containsExactly(1, 2, 2, 4);
    assertThat(ranked)
        .extracting(placed -> placed.entry().name())
        .containsExactly("May A", "Cơ khí C", "Điện B", "D");
  }

  @Test
  void aUnitWithoutReportsStillTakesItsPlace() {
    assertThat(rank(unit("A", "0.00"), unit("B", "12.5")))
        .extracting(Ranking.Placed::rank, placed -> placed.entry().name())
        .containsExactly(tuple(1, "B"), tuple(2, "A"));
  }

  @Test
  void anEmptyListHasNoPlaces() {
    assertThat(rank()).isEmpty();
  }
}
