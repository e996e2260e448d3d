package vn.thidua.movement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.shared.events.EntityChanged;
import vn.thidua.shared.number.Percent;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.DomainException;

@Service
@Transactional
class ProgressService implements Progress {

  static final String ENTITY = "ProgressReport";

  private final ProgressReportRepository reports;
  private final MovementAccess access;
  private final ParticipantDirectory participants;
  private final UnitTargets targets;
  private final OrgUnits units;
  private final MovementCalendar calendar;
  private final ApplicationEventPublisher events;
  private final TitleCatalogue titles;

  ProgressService(
      ProgressReportRepository reports,
      MovementAccess access,
      ParticipantDirectory participants,
      UnitTargets targets,
      OrgUnits units,
      MovementCalendar calendar,
      ApplicationEventPublisher events,
      TitleCatalogue titles) {
    this.titles = titles;
    this.reports = reports;
    this.access = access;
    this.participants = participants;
    this.targets = targets;
    this.units = units;
    this.calendar = calendar;
    this.events = events;
  }

  @Override
  public void report(long movementId, long phaseId, long unitId, ProgressDraft draft) {
    Movement movement = access.visible(movementId);
    MovementView.PhaseView phase = movement.phase(phaseId);
    if (!units.canSee(unitId)) {
      throw DomainException.notFound("unit.notFound", unitId);
    }
    UnitSummary unit = units.requireChangeable(unitId);
    if (movement.status() != MovementStatus.LAUNCHED) {
      throw DomainException.conflict("registration.notLaunched", movement.name());
    }
    if (!participants.takesPart(movementId, unitId)) {
      throw DomainException.invalid("progress.notParticipant", unit.name(), movement.name());
    }
    ProgressReport report =
        reports
            .findByPhaseIdAndUnitId(phaseId, unitId)
            .orElseGet(() -> new ProgressReport(movementId, phaseId, unitId));
    report.requireVersion(draft.version());
    PhaseReportView before = report.id() == null ? null : view(movement, phase, unit, report);
    report.record(
        draft,
        movement.registrationTerms(titles::describe),
        phase,
        calendar.today(),
        CurrentUser.name(),
        calendar.now());
    reports.saveAndFlush(report);
    PhaseReportView after = view(movement, phase, unit, report);
    events.publishEvent(
        before == null
            ? EntityChanged.created(ENTITY, report.id(), unitId, after)
            : EntityChanged.updated(ENTITY, report.id(), unitId, before, after));
  }

  @Override
  @Transactional(readOnly = true)
  public PhaseReportView reportOf(long movementId, long phaseId, long unitId) {
    Movement movement = access.visible(movementId);
    MovementView.PhaseView phase = movement.phase(phaseId);
    UnitSummary unit = units.requireVisible(unitId);
    if (!participants.takesPart(movementId, unitId)) {
      throw DomainException.notFound("registration.notParticipantHere", unit.name());
    }
    return view(
        movement, phase, unit, reports.findByPhaseIdAndUnitId(phaseId, unitId).orElse(null));
  }

  @Override
  @Transactional(readOnly = true)
  public AchievementTable achievement(long movementId, long phaseId) {
    Movement movement = access.asOrganiser(movementId);
    MovementView.PhaseView phase = movement.phase(phaseId);
    List<MovementView.CriterionView> criteria = movement.criteria();
    Map<Long, Map<Long, BigDecimal>> pledges = targets.approvedPledges(movementId);
    Map<Long, ProgressReport> byUnit =
        reports.findByPhaseId(phaseId).stream()
            .collect(Collectors.toMap(ProgressReport::unitId, Function.identity()));
    List<AchievementTable.UnitRow> rows = new ArrayList<>();
    for (Participant participant : participants.list(movementId)) {
      ProgressReport report = byUnit.get(participant.unitId());
      List<AchievementTable.Cell> cells = new ArrayList<>();
      for (MovementView.CriterionView criterion : criteria) {
        Achievement achievement =
            achievement(
                criterion, UnitTargets.of(pledges, participant.unitId(), criterion), report);
        cells.add(
            new AchievementTable.Cell(
                criterion.id(),
                achievement.target(),
                achievement.value(),
                achievement.percentOfTarget(),
                achievement.met()));
      }
      rows.add(
          new AchievementTable.UnitRow(
              participant.unitId(),
              participant.unitName(),
              participant.sectorName(),
              participant.clusterName(),
              report != null,
              cells));
    }
    return new AchievementTable(movementId, phase, criteria, rows, totals(criteria, rows));
  }

  private static List<AchievementTable.Total> totals(
      List<MovementView.CriterionView> criteria, List<AchievementTable.UnitRow> rows) {
    List<AchievementTable.Total> totals = new ArrayList<>();
    for (int i = 0; i < criteria.size(); i++) {
      MovementView.CriterionView criterion = criteria.get(i);
      int index = i;
      List<AchievementTable.Cell> cells = rows.stream().map(row -> row.cells().get(index)).toList();
      int reported = (int) cells.stream().filter(cell -> cell.value() != null).count();
      int met = (int) cells.stream().filter(AchievementTable.Cell::met).count();
      BigDecimal value;
      BigDecimal target;
      if (criterion.measure() == Measure.YES_NO) {
        value = BigDecimal.valueOf(met);
        target = BigDecimal.valueOf(cells.size());
      } else {
        value =
            cells.stream()
                .map(AchievementTable.Cell::value)
                .filter(v -> v != null)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        target =
            cells.stream()
                .map(AchievementTable.Cell::target)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
      }
      totals.add(
          new AchievementTable.Total(
              criterion.id(), reported, met, value, target, Percent.of(value, target)));
    }
    return totals;
  }

  private static Achievement achievement(
      MovementView.CriterionView criterion, BigDecimal target, ProgressReport report) {
    ProgressReport.Entry entry = report == null ? null : report.values().get(criterion.id());
    return new Achievement(
        criterion.measure(), criterion.direction(), target, entry == null ? null : entry.value());
  }

  private PhaseReportView view(
      Movement movement, MovementView.PhaseView phase, UnitSummary unit, ProgressReport report) {
    Map<Long, Map<Long, BigDecimal>> pledges = targets.approvedPledges(movement.id());
    List<PhaseReportView.Line> lines = new ArrayList<>();
    for (MovementView.CriterionView criterion : movement.criteria()) {
      Achievement achievement =
          achievement(criterion, UnitTargets.of(pledges, unit.id(), criterion), report);
      ProgressReport.Entry entry = report == null ? null : report.values().get(criterion.id());
      lines.add(
          new PhaseReportView.Line(
              criterion.id(),
              criterion.number(),
              criterion.name(),
              criterion.unitOfMeasure(),
              criterion.measure(),
              criterion.direction(),
              achievement.target(),
              achievement.value(),
              entry == null ? null : entry.note(),
              achievement.percentOfTarget(),
              achievement.met()));
    }
    return new PhaseReportView(
        movement.id(),
        phase,
        unit.id(),
        unit.name(),
        lines,
        report == null ? null : report.reportedBy(),
        report == null ? null : report.reportedAt(),
        report == null || report.id() == null ? null : report.version());
  }
}
