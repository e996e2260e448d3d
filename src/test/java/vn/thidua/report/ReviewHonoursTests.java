package vn.thidua.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.honours.HonourFigures.HonourTally;
import vn.thidua.honours.HonourKind;
import vn.thidua.honours.Recipient;

class ReviewHonoursTests {

  @Test
  void roundsSharesToOneDecimalHalfUp() {
    ReviewHonours honours =
        new ReviewHonours(
            List.of(
                award(1, Recipient.INDIVIDUAL, 16, 1, 3, 0),
                award(1, Recipient.COLLECTIVE, 3, 0, 0, 2)));

    assertThat(honours.directWorkerShare())
        .as("6.25 rounds up, not to even")
        .isEqualByComparingTo(new BigDecimal("6.3"));
    assertThat(honours.womenShare()).isEqualByComparingTo(new BigDecimal("18.8"));
    assertThat(honours.smallCollectiveShare()).isEqualByComparingTo(new BigDecimal("66.7"));
  }

  @Test
  void sharesCountAwardsOnlyAndAreEmptyWithoutAny() {
    ReviewHonours honours =
        new ReviewHonours(
            List.of(
                granted(HonourKind.TITLE, 5, Recipient.INDIVIDUAL, 10, 10, 10, 0),
                granted(HonourKind.TITLE, 3, Recipient.COLLECTIVE, 4, 0, 0, 4)));

    assertThat(honours.titles()).isEqualTo(14);
    assertThat(honours.awards()).isZero();
    assertThat(honours.directWorkerShare()).isNull();
    assertThat(honours.womenShare()).isNull();
    assertThat(honours.smallCollectiveShare()).isNull();
  }

  @Test
  void addsTheUnitsBelowTogetherPerHonourGradeAndRecipient() {
    FigureSums sums = new FigureSums();
    sums.add(tally(10L, 8, Recipient.INDIVIDUAL, 2, 1, 1, 0));
    sums.add(tally(11L, 8, Recipient.INDIVIDUAL, 3, 2, 0, 0));
    sums.add(tally(11L, 8, Recipient.COLLECTIVE, 1, 0, 0, 1));

    ReviewHonours honours = sums.figures(null).honours();
    assertThat(honours.granted()).hasSize(2);
    assertThat(honours.individualAwards()).isEqualTo(5);
    assertThat(honours.awardsToDirectWorkers()).isEqualTo(3);
    assertThat(honours.awardsToWomen()).isEqualTo(1);
    assertThat(honours.directWorkerShare()).isEqualByComparingTo(new BigDecimal("60.0"));
    assertThat(honours.collectiveAwards()).isEqualTo(1);
    assertThat(honours.smallCollectiveShare()).isEqualByComparingTo(new BigDecimal("100.0"));
  }

  @Test
  void listsTitlesBeforeAwardsInTheCatalogueOrder() {
    ReviewHonours honours =
        new ReviewHonours(
            List.of(
                award(9, Recipient.INDIVIDUAL, 1, 0, 0, 0),
                award(8, Recipient.COLLECTIVE, 1, 0, 0, 0),
                award(8, Recipient.INDIVIDUAL, 1, 0, 0, 0),
                granted(HonourKind.TITLE, 5, Recipient.INDIVIDUAL, 1, 0, 0, 0)));

    assertThat(honours.granted())
        .extracting(g -> g.kind() + " " + g.honourId() + " " + g.recipient())
        .containsExactly(
            "TITLE 5 INDIVIDUAL", "AWARD 8 INDIVIDUAL", "AWARD 8 COLLECTIVE", "AWARD 9 INDIVIDUAL");
  }

  private static HonourTally tally(
      Long childId,
      long honourId,
      Recipient recipient,
      long count,
      long direct,
      long women,
      long small) {
    return new HonourTally(
        childId,
        honourId,
        "GK",
        1,
        HonourKind.AWARD,
        recipient,
        "Giấy khen",
        "Giấy khen",
        count,
        direct,
        women,
        small);
  }

  private static ReviewHonours.Granted award(
      long honourId, Recipient recipient, long count, long direct, long women, long small) {
    return granted(HonourKind.AWARD, honourId, recipient, count, direct, women, small);
  }

  private static ReviewHonours.Granted granted(
      HonourKind kind,
      long honourId,
      Recipient recipient,
      long count,
      long direct,
      long women,
      long small) {
    return new ReviewHonours.Granted(
        honourId,
        "H" + honourId,
        1,
        kind,
        recipient,
        "Honour",
        "Honour",
        count,
        direct,
        women,
        small);
  }
}
