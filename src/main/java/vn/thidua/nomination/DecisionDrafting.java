package vn.thidua.nomination;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.thidua.decision.AwardeeDraft;
import vn.thidua.decision.DecisionDraft;
import vn.thidua.decision.DecisionIssued;
import vn.thidua.decision.Decisions;
import vn.thidua.shared.events.EntityChanged;
import vn.thidua.shared.web.DomainException;

/**
 * Drafts the decision of a round's approved nominations through the decision module, and marks them
 * decided when that decision is issued (in the issuing transaction, so both or neither).
 */
@Component
class DecisionDrafting {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  static final int CITATION_MAX = 4000;

  private final NominationRepository nominations;
  private final RoundRepository rounds;
  private final Decisions decisions;
  private final ApplicationEventPublisher events;
  private final MessageSource messages;

  DecisionDrafting(
      NominationRepository nominations,
      RoundRepository rounds,
      Decisions decisions,
      ApplicationEventPublisher events,
      MessageSource messages) {
    this.nominations = nominations;
    this.rounds = rounds;
    this.decisions = decisions;
    this.events = events;
    this.messages = messages;
  }

  long draft(Round round, DecisionRequest request) {
    List<Nomination> approved =
        nominations.findByRoundIdAndStateOrderById(round.id(), NominationState.APPROVED);
    if (approved.isEmpty()) {
      throw DomainException.invalid("nomination.decision.nothing", round.name());
    }
    String subject =
        request.subject() == null || request.subject().isBlank()
            ? messages.getMessage(
                "nomination.decision.subject", new Object[] {round.name()}, VIETNAMESE)
            : request.subject().strip();
    List<AwardeeDraft> awardees = approved.stream().map(DecisionDrafting::awardee).toList();
    long decisionId =
        decisions.draft(
            new DecisionDraft(
                round.unitId(),
                round.year(),
                subject,
                request.bases(),
                request.signerName(),
                request.signerPosition(),
                awardees));
    round.drafted(decisionId);
    rounds.saveAndFlush(round);
    events.publishEvent(
        EntityChanged.action(
            NominationService.ROUND,
            round.id(),
            "DRAFT_DECISION",
            round.unitId(),
            null,
            java.util.Map.of("decisionId", decisionId, "nominations", awardees.size())));
    return decisionId;
  }

  private static AwardeeDraft awardee(Nomination nomination) {
    Nominee nominee = nomination.nominee();
    String citation = nomination.dossier().achievements();
    if (citation.length() > CITATION_MAX) {
      citation = citation.substring(0, CITATION_MAX);
    }
    return new AwardeeDraft(
        nomination.honour().code(),
        nomination.honour().grade(),
        HonourCheck.recipient(nominee.kind()),
        nominee.personId(),
        nominee.unitId(),
        citation,
        nomination.id());
  }

  /** The nominations a decision names become decided when it is issued. */
  @EventListener
  void on(DecisionIssued issued) {
    if (issued.nominationIds().isEmpty()) {
      return;
    }
    for (Nomination nomination : nominations.findAllById(issued.nominationIds())) {
      if (nomination.state() != NominationState.APPROVED) {
        continue;
      }
      Round round = rounds.findById(nomination.roundId()).orElseThrow();
      NominationSnapshot before = nomination.snapshot();
      nomination.decided(issued.decisionId(), round, Instant.now());
      events.publishEvent(
          EntityChanged.action(
              NominationService.NOMINATION,
              nomination.id(),
              NominationAction.DECIDE.name(),
              nomination.proposingUnitId(),
              before,
              nomination.snapshot()));
    }
    nominations.flush();
  }
}
