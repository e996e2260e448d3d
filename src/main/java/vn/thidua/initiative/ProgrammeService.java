package vn.thidua.initiative;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organisation.Catalogue;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.PathFilter;
import vn.thidua.organisation.RollUp;
import vn.thidua.organisation.UnitFigures;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.shared.events.EntityChanged;
import vn.thidua.shared.infra.CustomPlans;
import vn.thidua.shared.number.Percent;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.DomainException;

@Service
@Transactional
class ProgrammeService implements Programmes {

  static final String ENTITY = "InitiativeProgramme";
  static final String TARGET = "ProgrammeTarget";

  private final ProgrammeRepository programmes;
  private final ProgrammeTargetRepository targets;
  private final AchievementQueries achievements;
  private final UnitPlaces places;
  private final OrgUnits units;
  private final Catalogue catalogue;
  private final UnitFigures figures;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final InitiativeCalendar today;

  ProgrammeService(
      ProgrammeRepository programmes,
      ProgrammeTargetRepository targets,
      AchievementQueries achievements,
      UnitPlaces places,
      OrgUnits units,
      Catalogue catalogue,
      UnitFigures figures,
      JdbcClient jdbc,
      ApplicationEventPublisher events,
      InitiativeCalendar today) {
    this.programmes = programmes;
    this.targets = targets;
    this.achievements = achievements;
    this.places = places;
    this.units = units;
    this.catalogue = catalogue;
    this.figures = figures;
    this.jdbc = jdbc;
    this.events = events;
    this.today = today;
  }

  @Override
  public ProgrammeView launch(NewProgramme request) {
    if (request.unitId() == null) {
      throw DomainException.invalid("programme.unit.missing");
    }
    UnitSummary unit = units.requireChangeable(request.unitId());
    TargetHandDown.aPositiveWholeNumber(request.target());
    List<SubmissionWindow> windows = new ArrayList<>();
    for (NewProgramme.Window window : request.windows()) {
      if (window == null) {
        throw DomainException.invalid("programme.window.name", windows.size() + 1);
      }
      windows.add(new SubmissionWindow(clean(window.name()), window.opensOn(), window.closesOn()));
    }
    Programme programme =
        new Programme(
            unit.id(),
            request.name(),
            request.description(),
            request.startsOn(),
            request.endsOn(),
            !Boolean.FALSE.equals(request.publicBoard()),
            windows,
            CurrentUser.name(),
            today.now());
    programmes.saveAndFlush(programme);
    ProgrammeTarget own =
        targets.saveAndFlush(
            new ProgrammeTarget(
                programme.id(),
                unit.id(),
                null,
                request.target(),
                CurrentUser.name(),
                today.now()));
    events.publishEvent(
        EntityChanged.created(ENTITY, programme.id(), unit.id(), programme.state()));
    events.publishEvent(
        EntityChanged.created(TARGET, own.id(), unit.id(), Map.of("target", own.target())));
    return view(programme);
  }

  @Override
  @Transactional(readOnly = true)
  public ProgrammeView get(long programmeId) {
    return view(visible(programmeId));
  }

  @Override
  @Transactional(readOnly = true)
  public List<ProgrammeView> visible() {
    List<String> paths = units.visiblePaths();
    if (paths.isEmpty()) {
      return List.of();
    }
    Set<Long> above = PathFilter.unitsOn(paths);
    PathFilter scope = PathFilter.of("u.path", paths);
    List<Long> ids =
        jdbc.sql(
                "select p.id from initiative_programme p join org_unit u on u.id = p.unit_id"
                    + " where "
                    + scope.sql()
                    + " or p.unit_id in (:above)"
                    + " order by p.starts_on desc, p.id desc")
            .params(scope.params())
            .param("above", above)
            .query(Long.class)
            .list();
    return viewsInOrder(ids);
  }

  @Override
  @Transactional(readOnly = true)
  public List<ProgrammeView> publicProgrammes() {
    return viewsInOrder(
        jdbc.sql(
                "select id from initiative_programme where public_board"
                    + " order by starts_on desc, id desc limit 200")
            .query(Long.class)
            .list());
  }

  @Override
  @Transactional(readOnly = true)
  public List<ProgrammeView> openFor(long unitId, LocalDate day) {
    Place place = places.on(unitId, day);
    List<Long> launchers =
        new ArrayList<>(place.ancestors().stream().map(UnitSummary::id).toList());
    launchers.add(unitId);
    return jdbc
        .sql(
            "select id from initiative_programme where unit_id in (:units) order by starts_on desc")
        .param("units", launchers)
        .query(Long.class)
        .list()
        .stream()
        .map(programmes::findById)
        .flatMap(Optional::stream)
        .filter(programme -> programme.acceptsOn(day))
        .map(this::view)
        .toList();
  }

  @Override
  public TargetView setTarget(long programmeId, long unitId, TargetChange change) {
    Programme programme = visible(programmeId);
    UnitSummary unit = units.requireVisible(unitId);
    Long handedBy = null;
    if (unitId == programme.unitId()) {
      units.requireChangeable(unitId);
    } else {
      Place place = places.on(unitId, referenceDay(programme));
      Optional<Long> above =
          place.ancestors().isEmpty()
              ? Optional.empty()
              : Optional.of(place.ancestors().get(place.ancestors().size() - 1).id());
      boolean aboveInProgramme =
          above.isPresent()
              && (above.get() == programme.unitId() || place.within(programme.unitId()));
      TargetHandDown.onlyFromTheUnitDirectlyAboveInTheProgramme(
          above, aboveInProgramme, unit.name());
      if (!units.canChange(above.get())) {
        throw DomainException.forbidden("programme.target.onlyAbove", unit.name());
      }
      UnitSummary handing = units.require(above.get());
      TargetHandDown.onlyFromAUnitThatHasATarget(
          targets.findByProgrammeIdAndUnitId(programmeId, handing.id()).isPresent(),
          handing.name());
      handedBy = handing.id();
    }
    TargetHandDown.aPositiveWholeNumber(change.target());
    Optional<ProgrammeTarget> existing = targets.findByProgrammeIdAndUnitId(programmeId, unitId);
    ProgrammeTarget target;
    if (existing.isPresent()) {
      target = existing.get();
      if (change.version() == null) {
        throw DomainException.invalid("initiative.version.missing");
      }
      if (change.version() != target.version()) {
        throw new ObjectOptimisticLockingFailureException(ProgrammeTarget.class, target.id());
      }
      int before = target.target();
      target.change(change.target(), CurrentUser.name(), today.now());
      targets.saveAndFlush(target);
      events.publishEvent(
          EntityChanged.updated(
              TARGET,
              target.id(),
              unitId,
              Map.of("target", before),
              Map.of("target", target.target())));
    } else {
      target =
          targets.saveAndFlush(
              new ProgrammeTarget(
                  programmeId, unitId, handedBy, change.target(), CurrentUser.name(), today.now()));
      events.publishEvent(
          EntityChanged.created(
              TARGET,
              target.id(),
              unitId,
              Map.of("programme", programmeId, "target", target.target())));
    }
    return new TargetView(
        programmeId, unitId, unit.name(), target.handedById(), target.target(), target.version());
  }

  @Override
  @Transactional(readOnly = true)
  public List<HandDown> handDown(long programmeId, long unitId) {
    Programme programme = visible(programmeId);
    UnitSummary unit = units.requireVisible(unitId);
    requireInProgramme(programme, unit);
    Map<Long, ProgrammeTarget> handed =
        targets.findByProgrammeIdAndHandedById(programmeId, unitId).stream()
            .collect(Collectors.toMap(ProgrammeTarget::unitId, Function.identity()));
    return figures.rollUp(unitId, referenceDay(programme)).children().stream()
        .map(RollUp.ChildTotals::unit)
        .map(
            child -> {
              ProgrammeTarget target = handed.get(child.id());
              return new HandDown(
                  child.id(),
                  child.name(),
                  target == null ? null : target.target(),
                  target == null ? null : target.version());
            })
        .toList();
  }

  @Override
  @Transactional(readOnly = true)
  public ProgrammeAchievement achievement(long programmeId, long unitId, RecognitionLevel atLeast) {
    Programme programme = visible(programmeId);
    return achievementOf(programme, units.requireVisible(unitId), atLeast);
  }

  @Override
  @Transactional(readOnly = true)
  public ProgrammeAchievement publicBoard(long programmeId, Long unitId) {
    Programme programme =
        programmes
            .findById(programmeId)
            .filter(Programme::publicBoard)
            .orElseThrow(() -> DomainException.notFound("programme.notFound", programmeId));
    UnitSummary unit = units.require(unitId == null ? programme.unitId() : unitId);
    return achievementOf(programme, unit, RecognitionLevel.GRASSROOTS);
  }

  @Override
  @Transactional(readOnly = true)
  public Leaderboard bySector(long programmeId, long unitId, RecognitionLevel atLeast) {
    Programme programme = visible(programmeId);
    UnitSummary unit = units.requireVisible(unitId);
    requireInProgramme(programme, unit);
    RecognitionLevel level = levelOrGrassroots(atLeast);
    plannedForTheseValues();
    AchievementQueries.Rows rows =
        achievements.bySector(programmeId, places.pathsOver(unitId), level.rank());
    Map<Long, String> names =
        catalogue.sectors().stream()
            .collect(Collectors.toMap(Catalogue.SectorView::id, Catalogue.SectorView::name));
    List<Standing> standings = new ArrayList<>();
    rows.byKey()
        .forEach(
            (sector, totals) ->
                standings.add(
                    Standing.of(
                        sector == null ? 0 : sector,
                        sector == null ? null : names.get(sector),
                        null,
                        totals.recognised(),
                        totals.authors(),
                        totals.benefitVnd())));
    return new Leaderboard(programmeId, "SECTOR", unit.name(), level, Ranking.of(standings));
  }

  @Override
  @Transactional(readOnly = true)
  public List<ClusterChoice> clusters(long programmeId, long unitId) {
    Programme programme = visible(programmeId);
    units.requireVisible(unitId);
    return IntStream.rangeClosed(programme.startsOn().getYear(), programme.endsOn().getYear())
        .boxed()
        .flatMap(year -> catalogue.clusters(unitId, year).stream())
        .map(cluster -> new ClusterChoice(cluster.id(), cluster.name(), cluster.year()))
        .toList();
  }

  @Override
  @Transactional(readOnly = true)
  public Leaderboard byCluster(
      long programmeId, long unitId, long clusterId, RecognitionLevel atLeast) {
    Programme programme = visible(programmeId);
    UnitSummary unit = units.requireVisible(unitId);
    requireInProgramme(programme, unit);
    Catalogue.ClusterView cluster =
        IntStream.rangeClosed(programme.startsOn().getYear(), programme.endsOn().getYear())
            .boxed()
            .flatMap(year -> catalogue.clusters(unitId, year).stream())
            .filter(candidate -> candidate.id() == clusterId)
            .findFirst()
            .orElseThrow(() -> DomainException.notFound("programme.cluster.notFound"));
    RecognitionLevel level = levelOrGrassroots(atLeast);
    List<Long> members = cluster.members().stream().map(UnitSummary::id).toList();
    plannedForTheseValues();
    AchievementQueries.Rows rows =
        achievements.byMember(programmeId, places.pathsOver(unitId), members, level.rank());
    Map<Long, Integer> memberTargets =
        targets.findByProgrammeIdAndUnitIdIn(programmeId, members).stream()
            .collect(Collectors.toMap(ProgrammeTarget::unitId, ProgrammeTarget::target));
    List<Standing> standings =
        cluster.members().stream()
            .map(
                member -> {
                  AchievementQueries.Totals totals =
                      rows.byKey().getOrDefault(member.id(), AchievementQueries.Totals.NONE);
                  return Standing.of(
                      member.id(),
                      member.name(),
                      memberTargets.get(member.id()),
                      totals.recognised(),
                      totals.authors(),
                      totals.benefitVnd());
                })
            .toList();
    return new Leaderboard(
        programmeId,
        "CLUSTER",
        cluster.name() + " (" + cluster.year() + ")",
        level,
        Ranking.of(standings));
  }

  private ProgrammeAchievement achievementOf(
      Programme programme, UnitSummary unit, RecognitionLevel atLeast) {
    requireInProgramme(programme, unit);
    RecognitionLevel level = levelOrGrassroots(atLeast);
    AchievementQueries.Rows rows = achievements.byChild(programme.id(), unit.id(), level.rank());
    Integer own =
        targets
            .findByProgrammeIdAndUnitId(programme.id(), unit.id())
            .map(ProgrammeTarget::target)
            .orElse(null);
    Map<Long, Integer> handed =
        targets.findByProgrammeIdAndHandedById(programme.id(), unit.id()).stream()
            .collect(Collectors.toMap(ProgrammeTarget::unitId, ProgrammeTarget::target));
    Set<Long> children = new LinkedHashSet<>(handed.keySet());
    rows.byKey().keySet().stream().filter(key -> key != null).forEach(children::add);
    Map<Long, UnitSummary> names =
        units.findAll(children).stream()
            .collect(Collectors.toMap(UnitSummary::id, Function.identity()));
    List<Standing> standings = new ArrayList<>();
    for (Long child : children) {
      AchievementQueries.Totals totals =
          rows.byKey().getOrDefault(child, AchievementQueries.Totals.NONE);
      UnitSummary childUnit = names.get(child);
      standings.add(
          Standing.of(
              child,
              childUnit == null ? null : childUnit.name(),
              handed.get(child),
              totals.recognised(),
              totals.authors(),
              totals.benefitVnd()));
    }
    AchievementQueries.Totals total = rows.total();
    return new ProgrammeAchievement(
        view(programme),
        unit.id(),
        unit.name(),
        level,
        own,
        total.recognised(),
        own == null ? null : Percent.of(total.recognised(), own),
        total.authors(),
        total.benefitVnd(),
        handed.values().stream().mapToLong(Integer::longValue).sum(),
        Ranking.of(standings));
  }

  private void requireInProgramme(Programme programme, UnitSummary unit) {
    if (unit.id() != programme.unitId()
        && !places.on(unit.id(), referenceDay(programme)).within(programme.unitId())) {
      throw DomainException.invalid("programme.unit.outside", unit.name(), programme.name());
    }
  }

  /** The day whose tree a programme's hand-down follows: today, or its last day once over. */
  private LocalDate referenceDay(Programme programme) {
    LocalDate now = today.date();
    if (now.isBefore(programme.startsOn())) {
      return programme.startsOn();
    }
    return now.isAfter(programme.endsOn()) ? programme.endsOn() : now;
  }

  private Programme visible(long programmeId) {
    return programmes
        .findById(programmeId)
        .filter(programme -> seenBy(programme.unitId()))
        .orElseThrow(() -> DomainException.notFound("programme.notFound", programmeId));
  }

  /** Those who see the launching unit, and those working below it, see its programme. */
  private boolean seenBy(long launcherId) {
    return units.canSee(launcherId)
        || CurrentUser.get().stream()
            .flatMap(user -> user.grants().stream())
            .anyMatch(grant -> units.isWithin(grant.unitId(), launcherId));
  }

  private List<ProgrammeView> viewsInOrder(List<Long> ids) {
    Map<Long, Programme> byId = new HashMap<>();
    programmes.findAllById(ids).forEach(programme -> byId.put(programme.id(), programme));
    return ids.stream().map(byId::get).filter(p -> p != null).map(this::view).toList();
  }

  private ProgrammeView view(Programme programme) {
    Optional<ProgrammeTarget> own =
        targets.findByProgrammeIdAndUnitId(programme.id(), programme.unitId());
    return new ProgrammeView(
        programme.id(),
        programme.unitId(),
        units.find(programme.unitId()).map(UnitSummary::name).orElse(null),
        programme.name(),
        programme.description(),
        programme.startsOn(),
        programme.endsOn(),
        programme.publicBoard(),
        programme.windows().stream()
            .map(w -> new NewProgramme.Window(w.name(), w.opensOn(), w.closesOn()))
            .toList(),
        own.map(ProgrammeTarget::target).orElse(null),
        own.map(ProgrammeTarget::version).orElse(null),
        units.canChange(programme.unitId()),
        programme.version());
  }

  private static RecognitionLevel levelOrGrassroots(RecognitionLevel level) {
    return level == null ? RecognitionLevel.GRASSROOTS : level;
  }

  /**
   * A plan cached for one subtree is wrong for another: the nation needs hash aggregates over a
   * million rows, a district an index scan. Planning afresh costs under a millisecond. The nation's
   * distinct authors need more memory than the default 4 MB to be counted without spilling to disk
   * (docs/PERFORMANCE.md); this transaction only.
   */
  private void plannedForTheseValues() {
    CustomPlans.forThisTransaction(jdbc);
    jdbc.sql("set local work_mem = '64MB'").update();
  }

  private static String clean(String text) {
    return text == null ? null : text.strip();
  }
}
