package vn.thidua.movement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.shared.events.EntityChanged;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.DomainException;

@Service
@Transactional
class ScoreboardService implements Scoreboard {

  static final String ENTITY = "ScoreAdjustment";

  private final MovementAccess access;
  private final ParticipantDirectory participants;
  private final UnitTargets targets;
  private final ProgressReportRepository reports;
  private final ScoreAdjustmentRepository adjustments;
  private final MovementCalendar calendar;
  private final ApplicationEventPublisher events;

  ScoreboardService(
      MovementAccess access,
      ParticipantDirectory participants,
      UnitTargets targets,
      ProgressReportRepository reports,
      ScoreAdjustmentRepository adjustments,
      MovementCalendar calendar,
      ApplicationEventPublisher events) {
    this.access = access;
    this.participants = participants;
    this.targets = targets;
    this.reports = reports;
    this.adjustments = adjustments;
    this.calendar = calendar;
    this.events = events;
  }

  @Override
  @Transactional(readOnly = true)
  public RankingView ranking(long movementId, long phaseId) {
    Movement movement = access.asOrganiser(movementId);
    MovementView.PhaseView phase = movement.phase(phaseId);
    List<MovementView.CriterionView> criteria = movement.criteria();
    Map<Long, Map<Long, BigDecimal>> pledges = targets.approvedPledges(movementId);
    Map<Long, Map<Long, BigDecimal>> values = new HashMap<>();
    for (ProgressReport report : reports.findByPhaseId(phaseId)) {
      Map<Long, BigDecimal> reported = new HashMap<>();
      report.values().forEach((criterion, entry) -> reported.put(criterion, entry.value()));
      values.put(report.unitId(), reported);
    }
    Map<Long, ScoreAdjustment> adjustedBy =
        adjustments.findByPhaseId(phaseId).stream()
            .collect(Collectors.toMap(ScoreAdjustment::unitId, Function.identity()));

    List<Unscored> scored = new ArrayList<>();
    for (Participant participant : participants.list(movementId)) {
      Scoring.Score score =
          Scoring.score(
              criteria,
              pledges.getOrDefault(participant.unitId(), Map.of()),
              values.getOrDefault(participant.unitId(), Map.of()));
      ScoreAdjustment adjustment = adjustedBy.get(participant.unitId());
      BigDecimal points = adjustment == null ? null : adjustment.points();
      scored.add(
          new Unscored(participant, score, adjustment, Scoring.adjusted(score.total(), points)));
    }
    Comparator<Unscored> byName =
        Comparator.comparing(u -> u.participant().unitName(), ParticipantDirectory.VIETNAMESE);
    Map<Long, Integer> overall = ranks(scored, byName);
    Map<Long, Integer> inCluster = new HashMap<>();
    Map<Long, Integer> inSector = new HashMap<>();
    groupBy(scored, u -> u.participant().clusterId())
        .forEach((cluster, members) -> inCluster.putAll(ranks(members, byName)));
    groupBy(scored, u -> u.participant().sectorId())
        .forEach((sector, members) -> inSector.putAll(ranks(members, byName)));

    List<RankingView.ScoreLine> lines =
        scored.stream()
            .map(
                u ->
                    u.line(
                        overall.get(u.unitId()),
                        inCluster.get(u.unitId()),
                        inSector.get(u.unitId())))
            .sorted(Comparator.comparingInt(RankingView.ScoreLine::overallRank))
            .toList();
    return new RankingView(
        movementId,
        movement.name(),
        phase,
        !calendar.today().isAfter(phase.endsOn()),
        criteria,
        lines,
        groups(
            lines,
            RankingView.ScoreLine::clusterId,
            RankingView.ScoreLine::clusterName,
            RankingView.ScoreLine::clusterRank),
        groups(
            lines,
            RankingView.ScoreLine::sectorId,
            RankingView.ScoreLine::sectorName,
            RankingView.ScoreLine::sectorRank));
  }

  @Override
  @Transactional(readOnly = true)
  public FinalRanking finalRanking(long movementId, long phaseId) {
    return FinalRanking.of(ranking(movementId, phaseId));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<FinalRanking> finalRanking(long movementId, int year) {
    return access.asOrganiser(movementId).phases().stream()
        .filter(phase -> phase.endsOn().getYear() == year)
        .max(Comparator.comparing(MovementView.PhaseView::endsOn))
        .map(phase -> finalRanking(movementId, phase.id()));
  }

  @Override
  public void adjust(long movementId, long phaseId, long unitId, Adjustment adjustment) {
    Movement movement = access.manageable(movementId);
    movement.phase(phaseId);
    if (!participants.takesPart(movementId, unitId)) {
      throw DomainException.invalid("adjustment.notParticipant");
    }
    ScoreAdjustment stored =
        adjustments
            .findByPhaseIdAndUnitId(phaseId, unitId)
            .orElseGet(() -> new ScoreAdjustment(movementId, phaseId, unitId));
    stored.requireVersion(adjustment.version());
    ScoreAdjustment.Snapshot before = stored.id() == null ? null : stored.snapshot();
    stored.set(adjustment.points(), adjustment.reason(), CurrentUser.name(), calendar.now());
    adjustments.saveAndFlush(stored);
    events.publishEvent(
        before == null
            ? EntityChanged.created(ENTITY, stored.id(), unitId, stored.snapshot())
            : EntityChanged.updated(ENTITY, stored.id(), unitId, before, stored.snapshot()));
  }

  /** A participant with its score, before it is placed. */
  private record Unscored(
      Participant participant, Scoring.Score score, ScoreAdjustment adjustment, BigDecimal total) {

    long unitId() {
      return participant.unitId();
    }

    RankingView.ScoreLine line(int overall, Integer cluster, Integer sector) {
      return new RankingView.ScoreLine(
          participant.unitId(),
          participant.unitName(),
          participant.sectorId(),
          participant.sectorName(),
          participant.clusterId(),
          participant.clusterName(),
          score.points(),
          score.total(),
          adjustment == null ? null : adjustment.points(),
          adjustment == null ? null : adjustment.reason(),
          adjustment == null ? null : adjustment.adjustedBy(),
          adjustment == null ? null : adjustment.version(),
          total,
          score.missing(),
          overall,
          cluster,
          sector);
    }
  }

  private static Map<Long, Integer> ranks(List<Unscored> units, Comparator<Unscored> byName) {
    Map<Long, Integer> ranks = new HashMap<>();
    Ranking.rank(units, Unscored::total, byName)
        .forEach(placed -> ranks.put(placed.entry().unitId(), placed.rank()));
    return ranks;
  }

  /** The units that have a group, by group; those without one are left out. */
  private static Map<Long, List<Unscored>> groupBy(
      List<Unscored> units, Function<Unscored, Long> group) {
    return units.stream()
        .filter(unit -> group.apply(unit) != null)
        .collect(Collectors.groupingBy(group));
  }

  /** The groups by name, units in rank order; units without a group come last, unranked. */
  private static List<RankingView.Group> groups(
      List<RankingView.ScoreLine> lines,
      Function<RankingView.ScoreLine, Long> id,
      Function<RankingView.ScoreLine, String> name,
      Function<RankingView.ScoreLine, Integer> rank) {
    Map<Long, List<RankingView.ScoreLine>> byGroup = new LinkedHashMap<>();
    for (RankingView.ScoreLine line : lines) {
      byGroup.computeIfAbsent(id.apply(line), group -> new ArrayList<>()).add(line);
    }
    return byGroup.values().stream()
        .map(
            members -> {
              List<RankingView.ScoreLine> ordered =
                  members.stream()
                      .sorted(
                          Comparator.comparing(
                                  rank, Comparator.nullsLast(Comparator.naturalOrder()))
                              .thenComparingInt(RankingView.ScoreLine::overallRank))
                      .toList();
              RankingView.ScoreLine first = ordered.get(0);
              return new RankingView.Group(id.apply(first), name.apply(first), ordered);
            })
        .sorted(
            Comparator.comparing((RankingView.Group group) -> group.name() == null)
                .thenComparing(
                    group -> Objects.requireNonNullElse(group.name(), ""),
                    ParticipantDirectory.VIETNAMESE))
        .toList();
  }
}
