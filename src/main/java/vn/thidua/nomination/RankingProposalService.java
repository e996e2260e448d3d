package vn.thidua.nomination;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import vn.thidua.movement.FinalRanking;
import vn.thidua.movement.MovementView;
import vn.thidua.movement.Movements;
import vn.thidua.movement.Scoreboard;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.shared.events.EntityChanged;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.time.Dates;
import vn.thidua.shared.web.DomainException;
import vn.thidua.shared.web.Texts;

@Service
@Transactional
class RankingProposalService implements RankingProposals {

  static final int MAX_PLACES = 20;

  private final RoundRepository rounds;
  private final NominationRepository nominations;
  private final NominationScope scope;
  private final DossierRules dossierRules;
  private final OrgUnits units;
  private final Movements movements;
  private final Scoreboard scoreboard;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final Texts texts;

  RankingProposalService(
      RoundRepository rounds,
      NominationRepository nominations,
      NominationScope scope,
      DossierRules dossierRules,
      OrgUnits units,
      Movements movements,
      Scoreboard scoreboard,
      JdbcClient jdbc,
      ApplicationEventPublisher events,
      Texts texts) {
    this.rounds = rounds;
    this.nominations = nominations;
    this.scope = scope;
    this.dossierRules = dossierRules;
    this.units = units;
    this.movements = movements;
    this.scoreboard = scoreboard;
    this.jdbc = jdbc;
    this.events = events;
    this.texts = texts;
  }

  @Override
  public RankingProposalResult propose(long roundId, RankingProposal proposal) {
    Round round =
        scope.requireReachable(
            rounds
                .findById(roundId)
                .orElseThrow(() -> DomainException.notFound("nomination.round.notFound", roundId)));
    UnitSummary reviewer = units.requireChangeable(round.unitId());
    if (LocalDate.now(Dates.VIETNAM).isAfter(round.deadline())) {
      throw DomainException.invalid("nomination.deadline.passed", round.deadline());
    }
    HonourRef flag =
        round
            .honourFor(FLAG)
            .orElseThrow(() -> DomainException.invalid("nomination.ranking.noFlag"));
    FinalRanking ranking = ranking(round, reviewer, proposal);
    RankingProposal.Per per = proposal.per() == null ? RankingProposal.Per.CLUSTER : proposal.per();
    int places = proposal.places() == null ? 1 : proposal.places();
    if (places < 1 || places > MAX_PLACES) {
      throw DomainException.invalid("nomination.ranking.places", MAX_PLACES);
    }
    List<FinalRanking.RankedUnit> best =
        (per == RankingProposal.Per.SECTOR
                ? ranking.topOfEachSector(places)
                : ranking.topOfEachCluster(places))
            .stream()
                .filter(unit -> unit.unitId() != reviewer.id())
                .filter(unit -> units.isWithin(unit.unitId(), reviewer.id()))
                .toList();
    if (best.isEmpty()) {
      throw DomainException.invalid("nomination.ranking.none", ranking.movementName());
    }
    Set<Long> already = alreadyNominated(round.id(), flag);
    List<RankingProposalResult.Proposed> drafted = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    List<RankingProposalResult.Refused> refused = new ArrayList<>();
    for (FinalRanking.RankedUnit unit : best) {
      if (already.contains(unit.unitId())) {
        skipped.add(unit.unitName());
        continue;
      }
      String citation = RankingCitation.of(ranking, unit, per);
      try {
        UnitSummary proposer = proposerOf(reviewer, units.require(unit.unitId()));
        NominationForm form =
            new NominationForm(
                round.id(),
                proposer.id(),
                NomineeKind.COLLECTIVE,
                null,
                unit.unitId(),
                flag.code(),
                flag.grade(),
                RankingCitation.achievements(unit.unitName(), List.of(citation)),
                null,
                citation,
                null);
        Nomination nomination = dossierRules.draft(round, proposer, form, CurrentUser.name());
        nominations.saveAndFlush(nomination);
        events.publishEvent(
            EntityChanged.created(
                NominationService.NOMINATION,
                nomination.id(),
                proposer.id(),
                nomination.snapshot()));
        drafted.add(
            new RankingProposalResult.Proposed(
                nomination.id(), unit.unitId(), unit.unitName(), citation));
      } catch (DomainException e) {
        refused.add(
            new RankingProposalResult.Refused(
                unit.unitId(), unit.unitName(), texts.get(e.messageKey(), e.args())));
      }
    }
    if (!refused.isEmpty()) {
      TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
      return new RankingProposalResult(false, List.of(), skipped, refused);
    }
    return new RankingProposalResult(true, drafted, skipped, List.of());
  }

  /**
   * The movement's ranking of the phase, or of the year (the round's year unless given). The
   * movement must be launched by the round's unit or a unit above it.
   */
  private FinalRanking ranking(Round round, UnitSummary reviewer, RankingProposal proposal) {
    if (proposal.movementId() == null) {
      throw DomainException.invalid("nomination.ranking.movement");
    }
    MovementView movement = movements.get(proposal.movementId());
    if (!movement.launched() || !units.isWithin(reviewer.id(), movement.organiserId())) {
      throw DomainException.invalid(
          "nomination.ranking.movementOutside", movement.name(), reviewer.name());
    }
    if (proposal.phaseId() != null) {
      if (movement.phase(proposal.phaseId()).isEmpty()) {
        throw DomainException.invalid("nomination.ranking.noPhase", movement.name());
      }
      return scoreboard.finalRanking(movement.id(), proposal.phaseId());
    }
    int year = proposal.year() == null ? round.year() : proposal.year();
    return scoreboard
        .finalRanking(movement.id(), year)
        .orElseThrow(
            () ->
                DomainException.invalid(
                    "nomination.ranking.noYear", movement.name(), String.valueOf(year)));
  }

  /** The unit directly below the reviewing unit on the way to the collective (or itself). */
  private UnitSummary proposerOf(UnitSummary reviewer, UnitSummary collective) {
    String rest = collective.path().substring(reviewer.path().length());
    long childId = Long.parseLong(rest.substring(0, rest.indexOf('/')));
    return units.require(childId);
  }

  private Set<Long> alreadyNominated(long roundId, HonourRef flag) {
    return new HashSet<>(
        jdbc.sql(
                """
                select collective_unit_id from nomination
                where round_id = :round and honour_code = :honour
                  and collective_unit_id is not null
                """)
            .param("round", roundId)
            .param("honour", flag.code())
            .query(Long.class)
            .list());
  }
}
