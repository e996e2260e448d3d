package vn.thidua.nomination;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.thidua.shared.text.SearchText;
import vn.thidua.shared.web.DomainException;

/**
 * A nomination and its way through the round's selection. Every action checks the current state
 * (refused with {@link InvalidTransition}) and is recorded with who took it, when and why.
 */
@Entity
@Table(name = "nomination")
class Nomination {

  private static final String CITED_SEPARATOR = "\n";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long roundId;
  private long proposingUnitId;
  private String proposingUnitPath;

  @Enumerated(EnumType.STRING)
  private NomineeKind recipient;

  private Long personId;
  private Long collectiveUnitId;
  private String nomineeName;
  private String searchName;
  private String honourCode;
  private int grade;
  private String achievements;
  private String declaredFacts;
  private String movementRanking;
  private String cited;

  @Enumerated(EnumType.STRING)
  private NominationState state;

  private String reason;
  private Long escalatedFromId;
  private Long escalatedToId;
  private Long decisionId;
  private String createdBy;
  private Instant createdAt;
  @Version private int version;

  @ElementCollection
  @CollectionTable(
      name = "nomination_transition",
      joinColumns = @JoinColumn(name = "nomination_id"))
  @OrderColumn(name = "position")
  private List<Transition> transitions = new ArrayList<>();

  @ElementCollection
  @CollectionTable(name = "nomination_vote", joinColumns = @JoinColumn(name = "nomination_id"))
  private List<CouncilVote> votes = new ArrayList<>();

  protected Nomination() {}

  /** A new nomination, in draft until the proposing unit submits it. */
  static Nomination draft(
      long roundId,
      long proposingUnitId,
      String proposingUnitPath,
      Nominee nominee,
      HonourRef honour,
      Dossier dossier,
      String by,
      Instant now) {
    Nomination nomination = new Nomination();
    nomination.roundId = roundId;
    nomination.proposingUnitId = proposingUnitId;
    nomination.proposingUnitPath = proposingUnitPath;
    nomination.recipient = nominee.kind();
    nomination.personId = nominee.personId();
    nomination.collectiveUnitId = nominee.unitId();
    nomination.nomineeName = nominee.name();
    nomination.searchName = SearchText.fold(nominee.name());
    nomination.honourCode = honour.code();
    nomination.grade = honour.grade();
    nomination.describe(dossier);
    nomination.state = NominationState.DRAFT;
    nomination.createdBy = by;
    nomination.createdAt = now;
    nomination.transitions.add(new Transition(null, null, NominationState.DRAFT, by, now, null));
    return nomination;
  }

  /** A nomination proposed upward from an approved one of the round below. */
  static Nomination escalated(
      Nomination lower,
      long roundId,
      long proposingUnitId,
      String proposingUnitPath,
      HonourRef honour,
      String by,
      Instant now) {
    Nomination upper =
        draft(
            roundId,
            proposingUnitId,
            proposingUnitPath,
            lower.nominee(),
            honour,
            lower.dossier(),
            by,
            now);
    upper.escalatedFromId = lower.id;
    return upper;
  }

  /** Changes the dossier; only while the proposing unit holds the nomination. */
  void describe(Dossier dossier) {
    if (state != null && state != NominationState.DRAFT && state != NominationState.RETURNED) {
      throw DomainException.invalid("nomination.locked", state.label());
    }
    this.achievements = dossier.achievements();
    this.declaredFacts = dossier.declaredFacts();
    this.movementRanking = dossier.movementRanking();
    this.cited = dossier.cited().isEmpty() ? null : String.join(CITED_SEPARATOR, dossier.cited());
  }

  /**
   * Takes an action of the workflow.
   *
   * @param round the nomination's round, whose threshold decides whether the council approved
   * @throws InvalidTransition when the action is not allowed from the current state
   */
  void act(NominationAction action, String why, Round round, String by, Instant now) {
    if (!action.allowedFrom(state)) {
      throw InvalidTransition.of(state, action);
    }
    String cleanReason = why == null || why.isBlank() ? null : why.strip();
    if (action.needsReason() && cleanReason == null) {
      throw DomainException.invalid("nomination.reason.required", action.label());
    }
    VoteTally tally = tally();
    if (action == NominationAction.APPROVE && !round.passes(tally)) {
      throw DomainException.invalid("nomination.approve.short", tally.agree(), tally.cast());
    }
    if (action == NominationAction.NOT_APPROVE && round.passes(tally)) {
      throw DomainException.invalid("nomination.notApprove.passed", tally.agree(), tally.cast());
    }
    transitions.add(new Transition(action, state, action.to(), by, now, cleanReason));
    state = action.to();
    if (action.needsReason()) {
      reason = cleanReason;
    }
  }

  void escalateTo(long upperId, Round round, String by, Instant now) {
    act(NominationAction.ESCALATE, null, round, by, now);
    escalatedToId = upperId;
  }

  void decided(long decision, Round round, Instant now) {
    act(NominationAction.DECIDE, null, round, "system", now);
    decisionId = decision;
  }

  /**
   * Records a council member's vote; once per member, while the nomination is before the council.
   */
  void vote(Voter voter, Vote vote, Instant now) {
    if (state != NominationState.COUNCIL_VOTE) {
      throw DomainException.invalid("nomination.vote.closed", state.label());
    }
    if (votes.stream().anyMatch(cast -> cast.userId() == voter.userId())) {
      throw DomainException.conflict("nomination.vote.twice", nomineeName);
    }
    votes.add(new CouncilVote(voter, vote, now));
  }

  VoteTally tally() {
    int agree = 0;
    int disagree = 0;
    int abstain = 0;
    for (CouncilVote cast : votes) {
      switch (cast.vote()) {
        case AGREE -> agree++;
        case DISAGREE -> disagree++;
        case ABSTAIN -> abstain++;
      }
    }
    return new VoteTally(agree, disagree, abstain);
  }

  Nominee nominee() {
    return new Nominee(recipient, personId, collectiveUnitId, nomineeName);
  }

  Dossier dossier() {
    return new Dossier(achievements, declaredFacts, movementRanking, citedList());
  }

  List<String> citedList() {
    return cited == null ? List.of() : Arrays.asList(cited.split(CITED_SEPARATOR));
  }

  HonourRef honour() {
    return new HonourRef(honourCode, grade);
  }

  NominationSnapshot snapshot() {
    return new NominationSnapshot(
        roundId,
        proposingUnitId,
        recipient,
        personId,
        collectiveUnitId,
        nomineeName,
        honourCode,
        grade,
        state,
        reason,
        tally());
  }

  Long id() {
    return id;
  }

  long roundId() {
    return roundId;
  }

  long proposingUnitId() {
    return proposingUnitId;
  }

  String proposingUnitPath() {
    return proposingUnitPath;
  }

  NominationState state() {
    return state;
  }

  String reason() {
    return reason;
  }

  Long escalatedFromId() {
    return escalatedFromId;
  }

  Long escalatedToId() {
    return escalatedToId;
  }

  Long decisionId() {
    return decisionId;
  }

  String createdBy() {
    return createdBy;
  }

  Instant createdAt() {
    return createdAt;
  }

  List<TransitionView> history() {
    return transitions.stream().map(Transition::view).toList();
  }

  List<VoteView> votes() {
    return votes.stream().map(CouncilVote::view).toList();
  }

  int version() {
    return version;
  }
}
