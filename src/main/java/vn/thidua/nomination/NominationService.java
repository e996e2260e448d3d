package vn.thidua.nomination;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.people.People;
import vn.thidua.people.PersonView;
import vn.thidua.shared.events.EntityChanged;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.time.Dates;
import vn.thidua.shared.web.DomainException;
import vn.thidua.shared.web.Texts;

@Service
@Transactional
class NominationService implements Nominations {

  static final String ROUND = "NominationRound";
  static final String NOMINATION = "Nomination";

  /** Boards longer than this list without the rule check of each row, which reads per row. */
  static final int RULE_CHECKED_ROWS = 300;

  private final RoundRepository rounds;
  private final NominationRepository nominations;
  private final NominationQueries queries;
  private final NominationScope scope;
  private final NominationViews views;
  private final RoundRules roundRules;
  private final DossierRules dossierRules;
  private final DecisionDrafting decisionDrafting;
  private final EligibilityRules eligibility;
  private final OrgUnits units;
  private final People people;
  private final ApplicationEventPublisher events;
  private final Texts texts;

  NominationService(
      RoundRepository rounds,
      NominationRepository nominations,
      NominationQueries queries,
      NominationScope scope,
      NominationViews views,
      RoundRules roundRules,
      DossierRules dossierRules,
      DecisionDrafting decisionDrafting,
      EligibilityRules eligibility,
      OrgUnits units,
      People people,
      ApplicationEventPublisher events,
      Texts texts) {
    this.rounds = rounds;
    this.nominations = nominations;
    this.queries = queries;
    this.scope = scope;
    this.views = views;
    this.roundRules = roundRules;
    this.dossierRules = dossierRules;
    this.decisionDrafting = decisionDrafting;
    this.eligibility = eligibility;
    this.units = units;
    this.people = people;
    this.events = events;
    this.texts = texts;
  }

  @Override
  public RoundView openRound(RoundForm form) {
    if (form.unitId() == null) {
      throw DomainException.invalid("nomination.round.unit");
    }
    UnitSummary unit = units.requireChangeable(form.unitId());
    RoundTerms terms = roundRules.check(unit.id(), form);
    Round round = Round.open(unit.id(), unit.path(), terms, CurrentUser.name(), Instant.now());
    rounds.saveAndFlush(round);
    events.publishEvent(EntityChanged.created(ROUND, round.id(), unit.id(), round.terms()));
    return views.of(round);
  }

  @Override
  @Transactional(readOnly = true)
  public RoundView round(long roundId) {
    return views.of(reachableRound(roundId));
  }

  @Override
  @Transactional(readOnly = true)
  public List<RoundView> rounds() {
    List<Long> reaching = queries.roundsReaching(units.visiblePaths());
    return rounds.findAllById(reaching).stream()
        .sorted((a, b) -> a.year() != b.year() ? b.year() - a.year() : Long.compare(b.id(), a.id()))
        .map(views::of)
        .toList();
  }

  @Override
  public NominationView nominate(NominationForm form) {
    if (form.roundId() == null) {
      throw DomainException.invalid("nomination.round.missing");
    }
    Round round = reachableRound(form.roundId());
    if (form.proposingUnitId() == null) {
      throw DomainException.invalid("nomination.proposer.missing");
    }
    UnitSummary proposer = units.requireChangeable(form.proposingUnitId());
    if (LocalDate.now(Dates.VIETNAM).isAfter(round.deadline())) {
      throw DomainException.invalid("nomination.deadline.passed", round.deadline());
    }
    Nomination nomination = dossierRules.draft(round, proposer, form, CurrentUser.name());
    nominations.saveAndFlush(nomination);
    events.publishEvent(
        EntityChanged.created(NOMINATION, nomination.id(), proposer.id(), nomination.snapshot()));
    return views.of(nomination, round);
  }

  @Override
  public BulkResult nominateMany(long roundId, BulkNomination bulk) {
    Round round = reachableRound(roundId);
    if (bulk.proposingUnitId() == null) {
      throw DomainException.invalid("nomination.proposer.missing");
    }
    UnitSummary proposer = units.requireChangeable(bulk.proposingUnitId());
    if (LocalDate.now(Dates.VIETNAM).isAfter(round.deadline())) {
      throw DomainException.invalid("nomination.deadline.passed", round.deadline());
    }
    if (bulk.personIds().isEmpty()) {
      throw DomainException.invalid("nomination.bulk.empty");
    }
    List<BulkResult.Refusal> refusals = new ArrayList<>();
    int drafted = 0;
    for (Long personId : bulk.personIds()) {
      NominationForm form =
          new NominationForm(
              roundId,
              proposer.id(),
              NomineeKind.INDIVIDUAL,
              personId,
              null,
              bulk.honourCode(),
              bulk.grade(),
              bulk.achievements(),
              null,
              null,
              null);
      try {
        Nomination nomination = dossierRules.draft(round, proposer, form, CurrentUser.name());
        nominations.saveAndFlush(nomination);
        events.publishEvent(
            EntityChanged.created(
                NOMINATION, nomination.id(), proposer.id(), nomination.snapshot()));
        drafted++;
      } catch (DomainException e) {
        String name = people.find(personId).map(PersonView::fullName).orElse("");
        refusals.add(new BulkResult.Refusal(personId, name, texts.get(e.messageKey(), e.args())));
      }
    }
    if (!refusals.isEmpty()) {
      TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
      return new BulkResult(false, 0, refusals);
    }
    return new BulkResult(true, drafted, List.of());
  }

  @Override
  public NominationView change(long nominationId, NominationForm form) {
    Nomination nomination = visibleNomination(nominationId);
    units.requireChangeable(nomination.proposingUnitId());
    requireVersion(nomination, form.version());
    Round round = rounds.findById(nomination.roundId()).orElseThrow();
    NominationSnapshot before = nomination.snapshot();
    nomination.describe(dossierRules.dossier(form, nomination.citedList()));
    nominations.saveAndFlush(nomination);
    events.publishEvent(
        EntityChanged.updated(
            NOMINATION, nominationId, nomination.proposingUnitId(), before, nomination.snapshot()));
    return views.of(nomination, round);
  }

  @Override
  @Transactional(readOnly = true)
  public NominationView get(long nominationId) {
    Nomination nomination = visibleNomination(nominationId);
    return views.of(nomination, rounds.findById(nomination.roundId()).orElseThrow());
  }

  @Override
  public NominationView act(long nominationId, Move move) {
    Nomination nomination = visibleNomination(nominationId);
    Round round = rounds.findById(nomination.roundId()).orElseThrow();
    if (move.action() == null) {
      throw DomainException.invalid("nomination.action.missing");
    }
    if (move.action() == NominationAction.ESCALATE) {
      throw DomainException.invalid("nomination.action.escalateHere");
    }
    scope.requireSide(move.action(), nomination, round);
    requireVersion(nomination, move.version());
    take(nomination, round, move.action(), move.reason());
    nominations.saveAndFlush(nomination);
    return views.of(nomination, round);
  }

  @Override
  public BulkResult actOnMany(long roundId, BulkMove move) {
    Round round = reachableRound(roundId);
    if (move.action() == null) {
      throw DomainException.invalid("nomination.action.missing");
    }
    if (move.action() == NominationAction.ESCALATE) {
      throw DomainException.invalid("nomination.action.escalateHere");
    }
    if (move.nominationIds().isEmpty()) {
      throw DomainException.invalid("nomination.bulk.empty");
    }
    if (move.action().side() == NominationAction.Side.REVIEWER) {
      units.requireChangeable(round.unitId());
    }
    List<BulkResult.Refusal> refusals = new ArrayList<>();
    Map<Long, Nomination> found =
        nominations.findAllById(move.nominationIds()).stream()
            .collect(java.util.stream.Collectors.toMap(Nomination::id, n -> n));
    int moved = 0;
    for (Long id : move.nominationIds()) {
      Nomination nomination = found.get(id);
      if (nomination == null || nomination.roundId() != roundId || !scope.sees(nomination, round)) {
        refusals.add(
            new BulkResult.Refusal(id, "", texts.get("nomination.notFound", String.valueOf(id))));
        continue;
      }
      try {
        scope.requireSide(move.action(), nomination, round);
        take(nomination, round, move.action(), move.reason());
        moved++;
      } catch (DomainException e) {
        refusals.add(
            new BulkResult.Refusal(
                id, nomination.nominee().name(), texts.get(e.messageKey(), e.args())));
      }
    }
    if (!refusals.isEmpty()) {
      TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
      return new BulkResult(false, 0, refusals);
    }
    nominations.flush();
    return new BulkResult(true, moved, List.of());
  }

  @Override
  public NominationView vote(long nominationId, Vote vote) {
    Nomination nomination = visibleNomination(nominationId);
    Round round = rounds.findById(nomination.roundId()).orElseThrow();
    Voter voter = scope.requireCouncilMember(round);
    if (vote == null) {
      throw DomainException.invalid("nomination.vote.missing");
    }
    NominationSnapshot before = nomination.snapshot();
    nomination.vote(voter, vote, Instant.now());
    nominations.saveAndFlush(nomination);
    events.publishEvent(
        EntityChanged.action(
            NOMINATION,
            nominationId,
            "VOTE",
            nomination.proposingUnitId(),
            before,
            nomination.snapshot()));
    return views.of(nomination, round);
  }

  @Override
  @Transactional(readOnly = true)
  public Board board(long roundId, BoardFilter filter) {
    Round round = reachableRound(roundId);
    List<String> subtrees = units.canSee(round.unitId()) ? null : units.visiblePaths();
    NominationQueries.BoardData data =
        queries.board(roundId, filter == null ? BoardFilter.all() : filter, subtrees);
    long total = data.counts().values().stream().mapToLong(Long::longValue).sum();
    List<NominationRow> rows = data.rows();
    if (rows.size() <= RULE_CHECKED_ROWS) {
      rows = rows.stream().map(row -> row.withRules(checkRow(row, round))).toList();
    }
    return new Board(views.of(round), data.counts(), rows, total);
  }

  @Override
  @Transactional(readOnly = true)
  public Minutes minutes(long roundId) {
    Round round = reachableRound(roundId);
    units.requireVisible(round.unitId());
    List<Minutes.Line> lines =
        queries.voted(roundId).stream()
            .map(
                row ->
                    new Minutes.Line(
                        row.id(),
                        row.nomineeName(),
                        row.proposingUnitName(),
                        row.honour(),
                        row.tally(),
                        round.passes(row.tally()),
                        row.state()))
            .toList();
    return new Minutes(
        views.of(round),
        queries.voters(roundId),
        lines,
        queries.lastVote(roundId).orElseGet(Instant::now));
  }

  @Override
  public NominationView escalate(long nominationId, long upperRoundId) {
    Nomination lower = visibleNomination(nominationId);
    Round lowerRound = rounds.findById(lower.roundId()).orElseThrow();
    UnitSummary reviewer = units.requireChangeable(lowerRound.unitId());
    Round upper = reachableRound(upperRoundId);
    if (reviewer.parentId() == null || upper.unitId() != reviewer.parentId()) {
      throw DomainException.invalid("nomination.escalate.notParent", upper.name());
    }
    if (!NominationAction.ESCALATE.allowedFrom(lower.state())) {
      throw InvalidTransition.of(lower.state(), NominationAction.ESCALATE);
    }
    Nomination upperNomination = dossierRules.escalate(lower, upper, reviewer, CurrentUser.name());
    nominations.saveAndFlush(upperNomination);
    NominationSnapshot before = lower.snapshot();
    lower.escalateTo(upperNomination.id(), lowerRound, CurrentUser.name(), Instant.now());
    nominations.saveAndFlush(lower);
    events.publishEvent(
        EntityChanged.created(
            NOMINATION, upperNomination.id(), reviewer.id(), upperNomination.snapshot()));
    events.publishEvent(
        EntityChanged.action(
            NOMINATION,
            nominationId,
            NominationAction.ESCALATE.name(),
            lower.proposingUnitId(),
            before,
            lower.snapshot()));
    return views.of(upperNomination, upper);
  }

  @Override
  public long draftDecision(long roundId, DecisionRequest request) {
    Round round = reachableRound(roundId);
    units.requireChangeable(round.unitId());
    return decisionDrafting.draft(round, request);
  }

  private void take(Nomination nomination, Round round, NominationAction action, String reason) {
    if (action == NominationAction.SUBMIT || action == NominationAction.RESUBMIT) {
      requireEligible(nomination, round);
    }
    NominationSnapshot before = nomination.snapshot();
    nomination.act(action, reason, round, CurrentUser.name(), Instant.now());
    events.publishEvent(
        EntityChanged.action(
            NOMINATION,
            nomination.id(),
            action.name(),
            nomination.proposingUnitId(),
            before,
            nomination.snapshot()));
  }

  /**
   * A nominee failing a blocking rule is not submitted; the refusal names the first such rule.
   * Rules that only warn do not stop it.
   */
  private void requireEligible(Nomination nomination, Round round) {
    eligibility.check(nomination, round).stream()
        .filter(RuleResult::blocks)
        .findFirst()
        .ifPresent(
            failed -> {
              throw DomainException.invalid(
                  "nomination.rule.refused",
                  new DefaultMessageSourceResolvable(
                      new String[] {failed.messageKey()},
                      failed.args().toArray(),
                      failed.messageKey()));
            });
  }

  private List<RuleResult> checkRow(NominationRow row, Round round) {
    Nominee nominee =
        new Nominee(row.recipient(), row.personId(), row.collectiveUnitId(), row.nomineeName());
    String path = units.find(row.proposingUnitId()).map(UnitSummary::path).orElse("/");
    return eligibility.check(row.id(), row.honour(), nominee, row.proposingUnitId(), path, round);
  }

  private Round reachableRound(long roundId) {
    Round round =
        rounds
            .findById(roundId)
            .orElseThrow(() -> DomainException.notFound("nomination.round.notFound", roundId));
    return scope.requireReachable(round);
  }

  private Nomination visibleNomination(long nominationId) {
    Nomination nomination =
        nominations
            .findById(nominationId)
            .orElseThrow(() -> DomainException.notFound("nomination.notFound", nominationId));
    Round round = rounds.findById(nomination.roundId()).orElseThrow();
    return scope.requireVisible(nomination, round);
  }

  private static void requireVersion(Nomination nomination, Integer version) {
    if (version == null) {
      throw DomainException.invalid("nomination.version.missing");
    }
    if (version != nomination.version()) {
      throw new ObjectOptimisticLockingFailureException(Nomination.class, nomination.id());
    }
  }
}
