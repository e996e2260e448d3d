package vn.thidua.contest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.PathFilter;
import vn.thidua.organisation.RollUp;
import vn.thidua.organisation.UnitFigures;
import vn.thidua.organisation.UnitReads;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.people.PeopleRegistry;
import vn.thidua.people.PersonView;
import vn.thidua.shared.events.EntityChanged;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Grant;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.shared.web.DomainException;

@Service
@Transactional
class ContestService implements Contests {

  static final String ENTITY = "Contest";

  private final ContestRepository contests;
  private final OrgUnits units;
  private final UnitFigures figures;
  private final UnitReads reads;
  private final PeopleRegistry people;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final ContestCalendar today;

  ContestService(
      ContestRepository contests,
      OrgUnits units,
      UnitFigures figures,
      UnitReads reads,
      PeopleRegistry people,
      JdbcClient jdbc,
      ApplicationEventPublisher events,
      ContestCalendar today) {
    this.contests = contests;
    this.units = units;
    this.figures = figures;
    this.reads = reads;
    this.people = people;
    this.jdbc = jdbc;
    this.events = events;
    this.today = today;
  }

  @Override
  public ContestView organise(NewContest plan) {
    if (plan.unitId() == null) {
      throw DomainException.invalid("contest.unit.missing");
    }
    UnitSummary organiser = units.requireChangeable(plan.unitId());
    Contest contest = Contest.organise(organiser.id(), plan, CurrentUser.name(), today.now());
    contests.saveAndFlush(contest);
    events.publishEvent(
        EntityChanged.created(ENTITY, contest.id(), organiser.id(), contest.state()));
    return view(contest);
  }

  @Override
  @Transactional(readOnly = true)
  public ContestView get(long contestId) {
    return view(visible(contestId));
  }

  @Override
  @Transactional(readOnly = true)
  public List<ContestRow> visible() {
    List<String> paths = units.visiblePaths();
    if (paths.isEmpty()) {
      return List.of();
    }
    Set<Long> above = PathFilter.unitsOn(paths);
    PathFilter scope = PathFilter.of("u.path", paths);
    return jdbc.sql(
            """
            select c.id, c.name, c.trade, c.unit_id, u.name as unit_name, c.held_from, c.held_to,
                   c.status,
                   (select count(*) from contest_registration r where r.contest_id = c.id)
                     as entrants
              from contest c
              join org_unit u on u.id = c.unit_id
             where %s or c.unit_id in (:above)
             order by c.held_from desc, c.id desc
             limit 500
            """
                .formatted(scope.sql()))
        .params(scope.params())
        .param("above", above)
        .query(
            (rs, n) ->
                new ContestRow(
                    rs.getLong("id"),
                    rs.getString("name"),
                    rs.getString("trade"),
                    rs.getLong("unit_id"),
                    rs.getString("unit_name"),
                    rs.getObject("held_from", LocalDate.class),
                    rs.getObject("held_to", LocalDate.class),
                    ContestStatus.valueOf(rs.getString("status")),
                    rs.getLong("entrants")))
        .list();
  }

  @Override
  public ContestView register(long contestId, NewEntry entry) {
    Contest contest = visibleForUpdate(contestId);
    if (entry.unitId() == null) {
      throw DomainException.invalid("contest.register.unit");
    }
    UnitSummary unit = units.requireChangeable(entry.unitId());
    if (!below(unit.id(), contest)) {
      throw DomainException.invalid("contest.register.notBelow", unit.name());
    }
    List<Long> ids = new ArrayList<>();
    if (entry.personId() != null) {
      ids.add(entry.personId());
    }
    ids.addAll(entry.memberIds());
    List<TeamMember> entrants = new ArrayList<>();
    for (Long id : new LinkedHashSet<>(ids)) {
      PersonView person = person(id);
      if (!units.isWithin(person.unitId(), unit.id())) {
        throw DomainException.invalid(
            "contest.register.personOutside", person.fullName(), unit.name());
      }
      entrants.add(new TeamMember(person.id(), person.fullName()));
    }
    if (ids.size() != entrants.size()) {
      throw DomainException.conflict("contest.register.twice", entrants.get(0).fullName());
    }
    Registration registration =
        contest.register(
            unit.id(), entry.teamName(), entrants, registrationDay(entry), CurrentUser.name());
    contests.saveAndFlush(contest);
    events.publishEvent(
        EntityChanged.action(
            ENTITY,
            contestId,
            "REGISTER",
            unit.id(),
            null,
            Map.of("entrant", registration.entrantName(), "unitId", unit.id())));
    return view(contest);
  }

  @Override
  public ContestView mark(long contestId, long roundId, Mark mark) {
    Contest contest = visibleForUpdate(contestId);
    SignedInUser judge =
        CurrentUser.get().orElseThrow(() -> DomainException.forbidden("error.forbidden"));
    if (!judges(contest)) {
      throw DomainException.forbidden(
          "contest.mark.notJudge", units.require(contest.unitId()).name());
    }
    if (mark.registrationId() == null) {
      throw DomainException.invalid("contest.registration.notFound");
    }
    contest.score(
        roundId, mark.registrationId(), judge.id(), judge.fullName(), mark.points(), today.now());
    contests.saveAndFlush(contest);
    events.publishEvent(
        EntityChanged.action(
            ENTITY,
            contestId,
            "MARK",
            contest.unitId(),
            null,
            Map.of(
                "round", roundId,
                "registration", mark.registrationId(),
                "judge", judge.fullName(),
                "points", mark.points())));
    return view(contest);
  }

  @Override
  public ContestView finish(long contestId, Integer version, LocalDate finishedOn) {
    Contest contest = visibleForUpdate(contestId);
    units.requireChangeable(contest.unitId());
    if (version == null) {
      throw DomainException.invalid("contest.version.missing");
    }
    if (version != contest.version()) {
      throw new ObjectOptimisticLockingFailureException(Contest.class, contestId);
    }
    ContestState before = contest.state();
    LocalDate day =
        finishedOn != null
            ? finishedOn
            : today.date().isAfter(contest.heldTo()) ? contest.heldTo() : today.date();
    if (day.isAfter(today.date())) {
      throw DomainException.invalid("contest.finish.future");
    }
    contest.finish(day);
    contests.saveAndFlush(contest);
    events.publishEvent(
        EntityChanged.action(
            ENTITY,
            contestId,
            "FINISH",
            contest.unitId(),
            before,
            Map.of(
                "state",
                contest.state(),
                "results",
                contest.registrations().stream()
                    .map(
                        r ->
                            r.finalRank()
                                + ". "
                                + r.entrantName()
                                + " "
                                + r.finalScore()
                                + (r.prize() == null ? "" : " – " + r.prize()))
                    .toList())));
    return view(contest);
  }

  @Override
  @Transactional(readOnly = true)
  public List<UnitSummary> registeringUnits(long contestId) {
    Contest contest = visible(contestId);
    Set<Long> candidates = new LinkedHashSet<>();
    CurrentUser.get().stream()
        .flatMap(user -> user.grants().stream())
        .filter(grant -> grant.role().canChange())
        .map(Grant::unitId)
        .forEach(candidates::add);
    if (units.canChange(contest.unitId())) {
      figures.rollUp(contest.unitId(), today.date()).children().stream()
          .map(RollUp.ChildTotals::unit)
          .map(UnitSummary::id)
          .forEach(candidates::add);
    }
    return units.findAll(candidates).stream()
        .filter(unit -> unit.id() != contest.unitId())
        .filter(unit -> units.isWithin(unit.id(), contest.unitId()))
        .filter(unit -> unit.endedOn() == null)
        .toList();
  }

  private ContestView view(Contest contest) {
    Set<Long> unitIds = new HashSet<>();
    unitIds.add(contest.unitId());
    contest.registrations().forEach(r -> unitIds.add(r.unitId()));
    Map<Long, String> names =
        units.findAll(unitIds).stream()
            .collect(Collectors.toMap(UnitSummary::id, UnitSummary::name));
    List<Round> rounds = contest.rounds();
    Map<String, List<BigDecimal>> marksBy = new HashMap<>();
    for (JudgeScore score : contest.scores()) {
      marksBy
          .computeIfAbsent(score.roundId() + "/" + score.registrationId(), k -> new ArrayList<>())
          .add(score.points());
    }
    List<ContestView.Entrant> entrants =
        contest.registrations().stream()
            .map(
                r ->
                    new ContestView.Entrant(
                        r.id(),
                        r.unitId(),
                        names.get(r.unitId()),
                        r.personId(),
                        r.teamName(),
                        r.entrantName(),
                        r.members().stream().map(TeamMember::fullName).toList(),
                        r.registeredOn(),
                        rounds.stream()
                            .map(round -> average(marksBy.get(round.id() + "/" + r.id())))
                            .toList(),
                        r.finalScore(),
                        r.finalRank(),
                        r.prize()))
            .toList();
    long judgeId = CurrentUser.get().map(SignedInUser::id).orElse(Long.MIN_VALUE);
    boolean open = contest.status() == ContestStatus.OPEN;
    List<List<Long>> marked =
        rounds.stream()
            .map(
                round ->
                    contest.scores().stream()
                        .filter(s -> s.roundId() == round.id() && s.judgeId() == judgeId)
                        .map(JudgeScore::registrationId)
                        .toList())
            .toList();
    return new ContestView(
        contest.id(),
        contest.unitId(),
        names.get(contest.unitId()),
        contest.name(),
        contest.trade(),
        contest.description(),
        contest.heldFrom(),
        contest.heldTo(),
        contest.registrationClosesOn(),
        contest.entryKind(),
        contest.scaleMin(),
        contest.scaleMax(),
        contest.status(),
        contest.finishedOn(),
        rounds.stream()
            .map(r -> new ContestView.RoundView(r.id(), r.name(), r.heldOn(), r.weight()))
            .toList(),
        contest.prizes().stream().map(p -> new NewContest.PrizePlan(p.name(), p.places())).toList(),
        entrants,
        contest.scores().stream()
            .map(
                s ->
                    new ContestView.MarkView(
                        s.roundId(), s.registrationId(), s.judgeName(), s.points()))
            .toList(),
        new ContestView.Actions(
            open && !today.date().isAfter(contest.registrationClosesOn()) && mayRegister(contest),
            open && judges(contest),
            marked,
            open && units.canChange(contest.unitId())),
        contest.version());
  }

  private static BigDecimal average(List<BigDecimal> marks) {
    if (marks == null || marks.isEmpty()) {
      return null;
    }
    return marks.stream()
        .reduce(BigDecimal.ZERO, BigDecimal::add)
        .divide(BigDecimal.valueOf(marks.size()), 2, RoundingMode.HALF_UP);
  }

  /**
   * A unit below the organiser now, or when the contest was held: a contest of 2020 keeps the units
   * its district had then, even after a reform moved them.
   */
  private boolean below(long unitId, Contest contest) {
    return unitId != contest.unitId()
        && (units.isWithin(unitId, contest.unitId())
            || reads.ancestors(unitId, contest.heldFrom()).stream()
                .anyMatch(above -> above.id() == contest.unitId()));
  }

  private LocalDate registrationDay(NewEntry entry) {
    LocalDate day = entry.registeredOn() == null ? today.date() : entry.registeredOn();
    if (day.isAfter(today.date())) {
      throw DomainException.invalid("contest.register.future");
    }
    return day;
  }

  /** Officers of the organiser, or of a unit below it, register entrants. */
  private boolean mayRegister(Contest contest) {
    return units.canChange(contest.unitId())
        || CurrentUser.get().stream()
            .flatMap(user -> user.grants().stream())
            .filter(grant -> grant.role().canChange())
            .anyMatch(grant -> units.isWithin(grant.unitId(), contest.unitId()));
  }

  /** The organiser's council members are the contest's judges. */
  private static boolean judges(Contest contest) {
    return CurrentUser.get()
        .map(user -> user.grants().contains(new Grant(Role.COUNCIL_MEMBER, contest.unitId())))
        .orElse(false);
  }

  private Contest visible(long contestId) {
    return contests
        .findById(contestId)
        .filter(contest -> seenBy(contest.unitId()))
        .orElseThrow(() -> DomainException.notFound("contest.notFound", contestId));
  }

  private Contest visibleForUpdate(long contestId) {
    return contests
        .findForUpdate(contestId)
        .filter(contest -> seenBy(contest.unitId()))
        .orElseThrow(() -> DomainException.notFound("contest.notFound", contestId));
  }

  private boolean seenBy(long organiserId) {
    return units.canSee(organiserId)
        || CurrentUser.get().stream()
            .flatMap(user -> user.grants().stream())
            .anyMatch(grant -> units.isWithin(grant.unitId(), organiserId));
  }

  private PersonView person(long personId) {
    try {
      return people.get(personId);
    } catch (DomainException unknown) {
      if (!unknown.refusesAccess()) {
        throw unknown;
      }
      throw DomainException.invalid("contest.register.unknownPerson");
    }
  }
}
