package vn.thidua.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.thidua.nomination.NominationAction.APPROVE;
import static vn.thidua.nomination.NominationAction.DECIDE;
import static vn.thidua.nomination.NominationAction.ESCALATE;
import static vn.thidua.nomination.NominationAction.NOT_APPROVE;
import static vn.thidua.nomination.NominationAction.RESUBMIT;
import static vn.thidua.nomination.NominationAction.RETURN;
import static vn.thidua.nomination.NominationAction.START_REVIEW;
import static vn.thidua.nomination.NominationAction.SUBMIT;
import static vn.thidua.nomination.NominationAction.TO_COUNCIL;
import static vn.thidua.nomination.NominationState.APPROVED;
import static vn.thidua.nomination.NominationState.COUNCIL_VOTE;
import static vn.thidua.nomination.NominationState.DECIDED;
import static vn.thidua.nomination.NominationState.DRAFT;
import static vn.thidua.nomination.NominationState.ESCALATED;
import static vn.thidua.nomination.NominationState.NOT_APPROVED;
import static vn.thidua.nomination.NominationState.RESUBMITTED;
import static vn.thidua.nomination.NominationState.RETURNED;
import static vn.thidua.nomination.NominationState.SUBMITTED;
import static vn.thidua.nomination.NominationState.UNDER_REVIEW;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import vn.thidua.shared.web.DomainException;

class NominationWorkflowTests {

  private static final Instant NOW = Instant.parse("2026-01-10T03:00:00Z");

  /** Every action and the states it is allowed from, as the selection procedure says. */
  private static final Map<NominationAction, Set<NominationState>> ALLOWED =
      new EnumMap<>(
          Map.of(
              SUBMIT, EnumSet.of(DRAFT),
              START_REVIEW, EnumSet.of(SUBMITTED, RESUBMITTED),
              RETURN, EnumSet.of(SUBMITTED, UNDER_REVIEW, RESUBMITTED),
              RESUBMIT, EnumSet.of(RETURNED),
              TO_COUNCIL, EnumSet.of(UNDER_REVIEW),
              APPROVE, EnumSet.of(COUNCIL_VOTE),
              NOT_APPROVE, EnumSet.of(COUNCIL_VOTE),
              ESCALATE, EnumSet.of(APPROVED, DECIDED),
              DECIDE, EnumSet.of(APPROVED)));

  private final Round round = aRound(Threshold.SIMPLE_MAJORITY, null);

  @TestFactory
  Stream<DynamicTest> takesEveryAllowedActionAndRefusesEveryOther() {
    List<DynamicTest> tests = new ArrayList<>();
    for (NominationState state : NominationState.values()) {
      for (NominationAction action : NominationAction.values()) {
        boolean allowed = ALLOWED.get(action).contains(state);
        tests.add(
            DynamicTest.dynamicTest(
                (allowed ? "allows " : "refuses ") + action + " from " + state,
                () -> {
                  Nomination nomination = aNominationIn(state, action == APPROVE);
                  int steps = nomination.history().size();
                  if (allowed) {
                    act(nomination, action);
                    assertThat(nomination.state()).isEqualTo(action.to());
                    assertThat(nomination.history()).hasSize(steps + 1);
                    TransitionView last = nomination.history().get(steps);
                    assertThat(last.from()).isEqualTo(state);
                    assertThat(last.by()).isNotBlank();
                  } else {
                    assertThatThrownBy(() -> act(nomination, action))
                        .isInstanceOf(InvalidTransition.class)
                        .hasFieldOrPropertyWithValue("from", state);
                    assertThat(nomination.state()).isEqualTo(state);
                    assertThat(nomination.history()).hasSize(steps);
                  }
                }));
      }
    }
    return tests.stream();
  }

  @Test
  void requiresAReasonToReturnADossier() {
    Nomination nomination = aNominationIn(SUBMITTED, false);
    assertThatThrownBy(() -> nomination.act(RETURN, "  ", round, "officer", NOW))
        .isInstanceOf(DomainException.class)
        .hasFieldOrPropertyWithValue("messageKey", "nomination.reason.required");
    assertThat(nomination.state()).isEqualTo(SUBMITTED);
    nomination.act(RETURN, "Thiếu báo cáo thành tích", round, "officer", NOW);
    assertThat(nomination.reason()).isEqualTo("Thiếu báo cáo thành tích");
    assertThat(nomination.history()).last().extracting(TransitionView::reason).isNotNull();
  }

  @Test
  void refusesApprovalWhenTheVotesFallShortOfTheThreshold() {
    Nomination nomination = aNominationIn(COUNCIL_VOTE, false);
    nomination.vote(new Voter(10, "a", "A"), Vote.AGREE, NOW);
    nomination.vote(new Voter(11, "b", "B"), Vote.DISAGREE, NOW);
    assertThatThrownBy(() -> nomination.act(APPROVE, null, round, "officer", NOW))
        .hasFieldOrPropertyWithValue("messageKey", "nomination.approve.short");
    assertThat(nomination.state()).isEqualTo(COUNCIL_VOTE);
    nomination.act(NOT_APPROVE, "Không đủ phiếu", round, "officer", NOW);
    assertThat(nomination.state()).isEqualTo(NOT_APPROVED);
  }

  @Test
  void refusesNotApprovingWhatTheCouncilApproved() {
    Nomination nomination = aNominationIn(COUNCIL_VOTE, true);
    assertThatThrownBy(() -> nomination.act(NOT_APPROVE, "Lý do", round, "officer", NOW))
        .hasFieldOrPropertyWithValue("messageKey", "nomination.notApprove.passed");
    assertThat(nomination.state()).isEqualTo(COUNCIL_VOTE);
  }

  @Test
  void refusesASecondVoteOfTheSameMember() {
    Nomination nomination = aNominationIn(COUNCIL_VOTE, false);
    nomination.vote(new Voter(7, "m", "M"), Vote.AGREE, NOW);
    assertThatThrownBy(() -> nomination.vote(new Voter(7, "m", "M"), Vote.DISAGREE, NOW))
        .hasFieldOrPropertyWithValue("messageKey", "nomination.vote.twice");
    assertThat(nomination.tally()).isEqualTo(new VoteTally(1, 1, 0));
  }

  @Test
  void refusesAVoteBeforeTheCouncilSits() {
    Nomination nomination = aNominationIn(UNDER_REVIEW, false);
    assertThatThrownBy(() -> nomination.vote(new Voter(7, "m", "M"), Vote.AGREE, NOW))
        .hasFieldOrPropertyWithValue("messageKey", "nomination.vote.closed");
    assertThat(nomination.votes()).isEmpty();
  }

  @Test
  void changesTheDossierOnlyWhileTheProposingUnitHoldsIt() {
    Nomination returned = aNominationIn(RETURNED, false);
    returned.describe(new Dossier("Thành tích mới", null, null, List.of()));
    assertThat(returned.dossier().achievements()).isEqualTo("Thành tích mới");
    Nomination submitted = aNominationIn(SUBMITTED, false);
    assertThatThrownBy(
            () -> submitted.describe(new Dossier("Thành tích mới", null, null, List.of())))
        .hasFieldOrPropertyWithValue("messageKey", "nomination.locked");
    assertThat(submitted.dossier().achievements()).isEqualTo("Hoàn thành xuất sắc nhiệm vụ");
  }

  @Test
  void weighsTheVotesCastAgainstEachThreshold() {
    assertThat(Threshold.SIMPLE_MAJORITY.passes(3, 5, null)).isTrue();
    assertThat(Threshold.SIMPLE_MAJORITY.passes(2, 4, null)).isFalse();
    assertThat(Threshold.TWO_THIRDS.passes(4, 6, null)).isTrue();
    assertThat(Threshold.TWO_THIRDS.passes(3, 5, null)).isFalse();
    assertThat(Threshold.PERCENT.passes(3, 4, 75)).isTrue();
    assertThat(Threshold.PERCENT.passes(2, 3, 75)).isFalse();
    assertThat(Threshold.SIMPLE_MAJORITY.passes(0, 0, null)).isFalse();
  }

  private void act(Nomination nomination, NominationAction action) {
    String reason = action.needsReason() ? "Lý do" : null;
    switch (action) {
      case ESCALATE -> nomination.escalateTo(99L, round, "officer", NOW);
      case DECIDE -> nomination.decided(5L, round, NOW);
      default -> nomination.act(action, reason, round, "officer", NOW);
    }
  }

  /** A nomination walked to the state; before the council, it holds votes for or against. */
  private Nomination aNominationIn(NominationState state, boolean votesFor) {
    Nomination nomination =
        Nomination.draft(
            1L,
            2L,
            "/1/2/",
            Nominee.person(3L, "Nguyễn Văn An"),
            new HonourRef("CNG", 2),
            new Dossier("Hoàn thành xuất sắc nhiệm vụ", null, null, List.of()),
            "proposer",
            NOW);
    List<NominationAction> path =
        switch (state) {
          case DRAFT -> List.of();
          case SUBMITTED -> List.of(SUBMIT);
          case UNDER_REVIEW -> List.of(SUBMIT, START_REVIEW);
          case RETURNED -> List.of(SUBMIT, RETURN);
          case RESUBMITTED -> List.of(SUBMIT, RETURN, RESUBMIT);
          case COUNCIL_VOTE, APPROVED, NOT_APPROVED, ESCALATED, DECIDED ->
              List.of(SUBMIT, START_REVIEW, TO_COUNCIL);
        };
    path.forEach(action -> act(nomination, action));
    boolean passing =
        (votesFor && state == COUNCIL_VOTE)
            || state == APPROVED
            || state == ESCALATED
            || state == DECIDED;
    if (nomination.state() == COUNCIL_VOTE) {
      nomination.vote(new Voter(1, "a", "A"), passing ? Vote.AGREE : Vote.DISAGREE, NOW);
    }
    switch (state) {
      case APPROVED -> act(nomination, APPROVE);
      case NOT_APPROVED -> act(nomination, NOT_APPROVE);
      case ESCALATED -> {
        act(nomination, APPROVE);
        act(nomination, ESCALATE);
      }
      case DECIDED -> {
        act(nomination, APPROVE);
        act(nomination, DECIDE);
      }
      default -> {}
    }
    assertThat(nomination.state()).isEqualTo(state);
    return nomination;
  }

  static Round aRound(Threshold threshold, Integer percent) {
    return Round.open(
        1L,
        "/1/",
        new RoundTerms(
            "Đợt xét 2025",
            2025,
            LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 12, 31),
            LocalDate.of(2026, 1, 31),
            threshold,
            percent,
            List.of(new HonourRef("CNG", 2)),
            List.of()),
        "officer",
        NOW);
  }
}
