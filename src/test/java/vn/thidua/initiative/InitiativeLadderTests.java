package vn.thidua.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.initiative.RecognitionLevel.DISTRICT;
import static vn.thidua.initiative.RecognitionLevel.GRASSROOTS;
import static vn.thidua.initiative.RecognitionLevel.NATIONAL;
import static vn.thidua.initiative.RecognitionLevel.PROVINCE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.shared.web.DomainException;

class InitiativeLadderTests {

  static final LocalDate SUBMITTED = LocalDate.of(2020, 3, 2);
  static final LocalDate TODAY = LocalDate.of(2021, 1, 1);
  static final List<ReviewCriterion> CRITERIA =
      List.of(new ReviewCriterion("Tính mới", 30), new ReviewCriterion("Khả năng áp dụng", 30));

  static Initiative anInitiative(Ladder ladder) {
    return Initiative.submit(
        42,
        "/1/7/42/",
        ladder,
        null,
        InitiativeContent.check(
            "Cải tiến máy cắt tôn",
            "Thêm cữ chặn để cắt đúng kích thước.",
            InitiativeField.TECHNOLOGY,
            LocalDate.of(2020, 1, 15),
            12_000_000L,
            null,
            TODAY),
        new Authorship(List.of(), "Tổ cơ điện"),
        new Submitter(5L, "canbo"),
        SUBMITTED,
        CRITERIA,
        Instant.now());
  }

  static Initiative anInitiative() {
    return anInitiative(Ladder.FULL);
  }

  static Decision yes(LocalDate on) {
    return new Decision(true, null, on, "12/QĐ", "Biên bản họp", null);
  }

  static Decision no(LocalDate on, String reason) {
    return new Decision(false, reason, on, null, null, null);
  }

  @Test
  void opensItsGrassrootsReviewWhenSubmitted() {
    Initiative initiative = anInitiative();

    assertThat(initiative.status()).isEqualTo(InitiativeStatus.UNDER_REVIEW);
    assertThat(initiative.statusLevel()).isEqualTo(GRASSROOTS);
    assertThat(initiative.openReview()).get().extracting(Review::unitId).isEqualTo(42L);
    assertThat(initiative.highestRecognised()).isEmpty();
  }

  @Test
  void climbsLevelByLevelUpToNational() {
    Initiative initiative = anInitiative();
    initiative.recognise(GRASSROOTS, yes(LocalDate.of(2020, 4, 1)), "cs", TODAY);
    initiative.propose(DISTRICT, 7, LocalDate.of(2020, 5, 1), "cs", CRITERIA);
    initiative.recognise(DISTRICT, yes(LocalDate.of(2020, 6, 1)), "huyen", TODAY);
    initiative.propose(PROVINCE, 3, LocalDate.of(2020, 7, 1), "huyen", CRITERIA);
    initiative.recognise(PROVINCE, yes(LocalDate.of(2020, 8, 1)), "tinh", TODAY);
    initiative.propose(NATIONAL, 1, LocalDate.of(2020, 9, 1), "tinh", CRITERIA);
    initiative.recognise(NATIONAL, yes(LocalDate.of(2020, 10, 1)), "tw", TODAY);

    assertThat(initiative.status()).isEqualTo(InitiativeStatus.RECOGNISED);
    assertThat(initiative.highestRecognised()).contains(NATIONAL);
    assertThat(initiative.reviews())
        .extracting(Review::level)
        .containsExactly(GRASSROOTS, DISTRICT, PROVINCE, NATIONAL);
    assertThat(initiative.nextLevel()).isEmpty();
  }

  @Test
  void refusesRecognitionAtALevelWhoseLowerLevelDidNotRecogniseIt() {
    Initiative initiative = anInitiative();

    assertThatThrownBy(() -> initiative.recognise(PROVINCE, yes(TODAY), "tinh", TODAY))
        .isInstanceOfSatisfying(
            LowerLevelNotRecognised.class,
            e -> {
              assertThat(e.lower()).isEqualTo(DISTRICT);
              assertThat(e.level()).isEqualTo(PROVINCE);
              assertThat(e.messageKey()).isEqualTo("initiative.lowerLevelFirst");
            });
    assertThat(initiative.highestRecognised()).isEmpty();
  }

  @Test
  void refusesAProposalUntilTheLevelBelowRecognisedIt() {
    Initiative initiative = anInitiative();

    assertThatThrownBy(() -> initiative.propose(DISTRICT, 7, TODAY, "cs", CRITERIA))
        .isInstanceOf(LowerLevelNotRecognised.class);

    initiative.refuse(GRASSROOTS, no(LocalDate.of(2020, 4, 1), "Chưa mới"), "cs", TODAY);
    assertThatThrownBy(() -> initiative.propose(DISTRICT, 7, TODAY, "cs", CRITERIA))
        .isInstanceOf(LowerLevelNotRecognised.class);
    assertThat(initiative.nextLevel()).isEmpty();
    assertThat(initiative.reviews()).hasSize(1);
  }

  @Test
  void keepsItsLowerRecognitionWhenAHigherLevelRefuses() {
    Initiative initiative = anInitiative();
    initiative.recognise(GRASSROOTS, yes(LocalDate.of(2020, 4, 1)), "cs", TODAY);
    initiative.propose(DISTRICT, 7, LocalDate.of(2020, 5, 1), "cs", CRITERIA);
    initiative.refuse(DISTRICT, no(LocalDate.of(2020, 6, 1), "Trùng giải pháp đã có"), "h", TODAY);

    assertThat(initiative.status()).isEqualTo(InitiativeStatus.NOT_RECOGNISED);
    assertThat(initiative.statusLevel()).isEqualTo(DISTRICT);
    assertThat(initiative.highestRecognised()).contains(GRASSROOTS);
    assertThat(initiative.review(DISTRICT))
        .get()
        .extracting(Review::reason)
        .isEqualTo("Trùng giải pháp đã có");
    assertThatThrownBy(() -> initiative.propose(DISTRICT, 7, TODAY, "cs", CRITERIA))
        .isInstanceOf(DomainException.class)
        .extracting("messageKey")
        .isEqualTo("initiative.propose.already");
  }

  @Test
  void goesFromGrassrootsStraightToTheProvinceWhereThereIsNoDistrictRung() {
    Initiative initiative = anInitiative(new Ladder(List.of(GRASSROOTS, PROVINCE, NATIONAL)));
    initiative.recognise(GRASSROOTS, yes(LocalDate.of(2020, 4, 1)), "cs", TODAY);

    assertThat(initiative.nextLevel()).contains(PROVINCE);
    assertThatThrownBy(() -> initiative.propose(DISTRICT, 7, TODAY, "cs", CRITERIA))
        .extracting("messageKey")
        .isEqualTo("initiative.level.notOnLadder");
    initiative.propose(PROVINCE, 3, LocalDate.of(2020, 5, 1), "cs", CRITERIA);
    initiative.recognise(PROVINCE, yes(LocalDate.of(2020, 6, 1)), "tinh", TODAY);
    assertThat(initiative.highestRecognised()).contains(PROVINCE);
  }

  @Test
  void refusesToSayNoWithoutAReason() {
    Initiative initiative = anInitiative();

    assertThatThrownBy(() -> initiative.refuse(GRASSROOTS, no(TODAY, "  "), "cs", TODAY))
        .extracting("messageKey")
        .isEqualTo("initiative.decision.reason");
    assertThat(initiative.status()).isEqualTo(InitiativeStatus.UNDER_REVIEW);
  }

  @Test
  void refusesADecisionDatedBeforeTheProposalOrInTheFuture() {
    Initiative initiative = anInitiative();

    assertThatThrownBy(
            () -> initiative.recognise(GRASSROOTS, yes(SUBMITTED.minusDays(1)), "cs", TODAY))
        .extracting("messageKey")
        .isEqualTo("initiative.decision.beforeProposal");
    assertThatThrownBy(() -> initiative.recognise(GRASSROOTS, yes(TODAY.plusDays(1)), "cs", TODAY))
        .extracting("messageKey")
        .isEqualTo("initiative.decision.future");
  }

  @Test
  void keepsTheAverageAndTheVotesOfTheCouncil() {
    Initiative initiative = anInitiative();
    Instant now = Instant.now();
    initiative.score(
        GRASSROOTS, 1, "Thành viên A", new CouncilScore(List.of(25, 20), true, null), now);
    initiative.score(
        GRASSROOTS, 2, "Thành viên B", new CouncilScore(List.of(20, 20), true, "Tốt"), now);
    initiative.score(
        GRASSROOTS, 3, "Thành viên C", new CouncilScore(List.of(10, 12), false, null), now);
    initiative.recognise(GRASSROOTS, yes(LocalDate.of(2020, 4, 1)), "cs", TODAY);

    Review review = initiative.review(GRASSROOTS).orElseThrow();
    assertThat(review.averageScore()).hasToString("35.67");
    assertThat(review.votesFor()).isEqualTo(2);
    assertThat(review.votesAgainst()).isEqualTo(1);
    assertThat(review.maxTotal()).isEqualTo(60);
    assertThat(review.minutes()).isEqualTo("Biên bản họp");
  }

  @Test
  void refusesAMemberScoringTwice() {
    Initiative initiative = anInitiative();
    Instant now = Instant.now();
    initiative.score(
        GRASSROOTS, 1, "Thành viên A", new CouncilScore(List.of(25, 20), true, null), now);

    assertThatThrownBy(
            () ->
                initiative.score(
                    GRASSROOTS,
                    1,
                    "Thành viên A",
                    new CouncilScore(List.of(1, 1), false, null),
                    now))
        .isInstanceOf(AlreadyScored.class);
    assertThat(initiative.review(GRASSROOTS).orElseThrow().scores()).hasSize(1);
  }

  @Test
  void refusesPointsOutsideACriterionsScale() {
    Initiative initiative = anInitiative();

    assertThatThrownBy(
            () ->
                initiative.score(
                    GRASSROOTS,
                    1,
                    "A",
                    new CouncilScore(List.of(31, 20), true, null),
                    Instant.now()))
        .isInstanceOf(DomainException.class)
        .extracting("messageKey", "args")
        .containsExactly("initiative.score.range", new Object[] {"Tính mới", 30});
    assertThatThrownBy(
            () ->
                initiative.score(
                    GRASSROOTS, 1, "A", new CouncilScore(List.of(10), true, null), Instant.now()))
        .extracting("messageKey")
        .isEqualTo("initiative.score.count");
  }

  @Test
  void refusesScoresOnceTheLevelDecided() {
    Initiative initiative = anInitiative();
    initiative.recognise(GRASSROOTS, yes(LocalDate.of(2020, 4, 1)), "cs", TODAY);

    assertThatThrownBy(
            () ->
                initiative.score(
                    GRASSROOTS, 1, "A", new CouncilScore(List.of(1, 1), true, null), Instant.now()))
        .extracting("messageKey")
        .isEqualTo("initiative.review.notOpen");
  }

  @Test
  void locksWhatItSaysOnceALevelDecided() {
    Initiative initiative = anInitiative();
    InitiativeContent changed =
        InitiativeContent.check(
            "Cải tiến máy cắt tôn tự động",
            "Tóm tắt",
            InitiativeField.TECHNOLOGY,
            LocalDate.of(2020, 1, 15),
            1L,
            null,
            TODAY);
    initiative.change(changed, new Authorship(List.of(), "Tổ cơ điện"));
    assertThat(initiative.title()).isEqualTo("Cải tiến máy cắt tôn tự động");

    initiative.recognise(GRASSROOTS, yes(LocalDate.of(2020, 4, 1)), "cs", TODAY);
    assertThatThrownBy(() -> initiative.change(changed, new Authorship(List.of(), "Tổ khác")))
        .extracting("messageKey")
        .isEqualTo("initiative.locked");
  }
}
