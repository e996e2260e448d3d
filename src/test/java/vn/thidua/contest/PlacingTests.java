package vn.thidua.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlacingTests {

  static final List<Placing.Tier> PRIZES =
      List.of(
          new Placing.Tier("Giải Nhất", 1),
          new Placing.Tier("Giải Nhì", 2),
          new Placing.Tier("Giải Ba", 3));

  static Placing.Entry entry(long id, String score) {
    return new Placing.Entry(id, new BigDecimal(score));
  }

  @Test
  void ranksByFinalScoreAndGivesThePrizesInOrder() {
    List<Placing.Placed> placed =
        Placing.of(
            List.of(
                entry(1, "71.50"),
                entry(2, "92.00"),
                entry(3, "88.25"),
                entry(4, "60.00"),
                entry(5, "80.00"),
                entry(6, "75.00"),
                entry(7, "40.00")),
            PRIZES);

    assertThat(placed)
        .extracting(Placing.Placed::registrationId, Placing.Placed::rank, Placing.Placed::prize)
        .containsExactly(
            tuple(2L, 1, "Giải Nhất"),
            tuple(3L, 2, "Giải Nhì"),
            tuple(5L, 3, "Giải Nhì"),
            tuple(6L, 4, "Giải Ba"),
            tuple(1L, 5, "Giải Ba"),
            tuple(4L, 6, "Giải Ba"),
            tuple(7L, 7, null));
  }

  @Test
  void givesEntrantsLevelOnAPlaceTheSamePrize() {
    List<Placing.Placed> placed =
        Placing.of(
            List.of(entry(1, "90"), entry(2, "90"), entry(3, "85"), entry(4, "70"), entry(5, "70")),
            List.of(new Placing.Tier("Giải Nhất", 1), new Placing.Tier("Giải Nhì", 1)));

    assertThat(placed)
        .extracting(Placing.Placed::registrationId, Placing.Placed::rank, Placing.Placed::prize)
        .containsExactly(
            tuple(1L, 1, "Giải Nhất"),
            tuple(2L, 1, "Giải Nhất"),
            tuple(3L, 3, null),
            tuple(4L, 4, null),
            tuple(5L, 4, null));
  }
}
