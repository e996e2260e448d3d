package vn.thidua.initiative;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.people.PeopleRegistry;
import vn.thidua.people.PersonView;
import vn.thidua.shared.events.EntityChanged;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Grant;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.shared.web.DomainException;
import vn.thidua.shared.web.Paged;

@Service
@Transactional
class InitiativeService implements Initiatives {

  static final String ENTITY = "Initiative";

  private final InitiativeRepository repository;
  private final ProgrammeRepository programmes;
  private final InitiativeQueries queries;
  private final InitiativeViews views;
  private final UnitPlaces places;
  private final CriteriaBook criteria;
  private final OrgUnits units;
  private final PeopleRegistry people;
  private final ApplicationEventPublisher events;
  private final InitiativeCalendar today;

  InitiativeService(
      InitiativeRepository repository,
      ProgrammeRepository programmes,
      InitiativeQueries queries,
      InitiativeViews views,
      UnitPlaces places,
      CriteriaBook criteria,
      OrgUnits units,
      PeopleRegistry people,
      ApplicationEventPublisher events,
      InitiativeCalendar today) {
    this.repository = repository;
    this.programmes = programmes;
    this.queries = queries;
    this.views = views;
    this.places = places;
    this.criteria = criteria;
    this.units = units;
    this.people = people;
    this.events = events;
    this.today = today;
  }

  @Override
  public InitiativeView submit(InitiativeForm form) {
    if (form.unitId() == null) {
      throw DomainException.invalid("initiative.unit.missing");
    }
    UnitSummary unit = units.requireVisible(form.unitId());
    if (!SubmissionRights.maySubmit(unit, units)) {
      throw DomainException.forbidden("initiative.submit.forbidden", unit.name());
    }
    if (!unit.grassroots()) {
      throw DomainException.invalid("initiative.unit.notGrassroots", unit.name());
    }
    LocalDate submittedOn = submissionDay(form.submittedOn(), unit);
    Place place = places.on(unit.id(), submittedOn);
    Long programmeId = programme(form.programmeId(), place, submittedOn);
    InitiativeContent content = content(form);
    Authorship authorship = authorship(form, unit);
    if (!form.duplicateConfirmed()) {
      List<SimilarInitiative> similar = queries.similar(unit.id(), content.title(), null);
      if (!similar.isEmpty()) {
        throw new PossibleDuplicate(similar);
      }
    }
    Initiative initiative =
        Initiative.submit(
            unit.id(),
            place.path(),
            place.ladder(),
            programmeId,
            content,
            authorship,
            submitter(),
            submittedOn,
            criteria.publishedBy(unit.id()),
            today.now());
    repository.saveAndFlush(initiative);
    events.publishEvent(
        EntityChanged.created(ENTITY, initiative.id(), unit.id(), initiative.state()));
    return views.of(initiative);
  }

  @Override
  public InitiativeView change(long initiativeId, InitiativeForm form) {
    Initiative initiative = visible(initiativeId);
    UnitSummary unit = units.requireChangeable(initiative.unitId());
    requireVersion(initiative, form.version());
    Place place = places.on(unit.id(), initiative.submittedOn());
    Long programmeId = programme(form.programmeId(), place, initiative.submittedOn());
    if (programmeId != null && !programmeId.equals(initiative.programmeId())) {
      throw DomainException.invalid("initiative.programme.fixed");
    }
    InitiativeContent content = content(form);
    Authorship authorship = authorship(form, unit);
    if (!form.duplicateConfirmed()) {
      List<SimilarInitiative> similar =
          queries.similar(unit.id(), content.title(), initiative.id());
      if (!similar.isEmpty()) {
        throw new PossibleDuplicate(similar);
      }
    }
    InitiativeState before = initiative.state();
    initiative.change(content, authorship);
    repository.saveAndFlush(initiative);
    events.publishEvent(
        EntityChanged.updated(ENTITY, initiativeId, unit.id(), before, initiative.state()));
    return views.of(initiative);
  }

  @Override
  @Transactional(readOnly = true)
  public InitiativeView get(long initiativeId) {
    return views.of(visible(initiativeId));
  }

  @Override
  @Transactional(readOnly = true)
  public Paged<InitiativeRow> search(InitiativeSearch search) {
    return queries.search(search);
  }

  @Override
  @Transactional(readOnly = true)
  public Paged<InitiativeRow> mine(int page, int size) {
    long userId =
        CurrentUser.get()
            .map(SignedInUser::id)
            .orElseThrow(() -> DomainException.forbidden("error.forbidden"));
    return queries.submittedBy(userId, Math.max(page, 0), Paged.clampSize(size));
  }

  @Override
  @Transactional(readOnly = true)
  public List<SimilarInitiative> similar(long unitId, String title, Long exceptId) {
    units.requireVisible(unitId);
    if (title == null || title.isBlank()) {
      return List.of();
    }
    return queries.similar(unitId, title, exceptId);
  }

  @Override
  @Transactional(readOnly = true)
  public List<UnitSummary> submittableUnits() {
    List<Long> grantUnits =
        CurrentUser.get().stream()
            .flatMap(user -> user.grants().stream())
            .map(Grant::unitId)
            .distinct()
            .toList();
    return units.findAll(grantUnits).stream()
        .filter(UnitSummary::grassroots)
        .filter(unit -> unit.endedOn() == null)
        .toList();
  }

  @Override
  public InitiativeView propose(long initiativeId, Proposal proposal) {
    Initiative initiative = visibleForUpdate(initiativeId);
    RecognitionLevel level =
        proposal.level() != null
            ? proposal.level()
            : initiative
                .nextLevel()
                .orElseThrow(() -> DomainException.invalid("initiative.propose.nothing"));
    long proposingUnit =
        initiative
            .ladder()
            .below(level)
            .flatMap(initiative::review)
            .map(Review::unitId)
            .orElse(initiative.unitId());
    units.requireChangeable(proposingUnit);
    LocalDate on = proposal.proposedOn() == null ? today.date() : proposal.proposedOn();
    if (on.isAfter(today.date())) {
      throw DomainException.invalid("initiative.propose.future");
    }
    Place place = places.on(initiative.unitId(), on);
    UnitSummary recogniser =
        place
            .recogniserAt(level)
            .orElseThrow(() -> DomainException.invalid("initiative.level.noUnit", level.label()));
    InitiativeState before = initiative.state();
    initiative.propose(
        level, recogniser.id(), on, CurrentUser.name(), criteria.publishedBy(recogniser.id()));
    repository.saveAndFlush(initiative);
    events.publishEvent(
        EntityChanged.action(
            ENTITY, initiativeId, "PROPOSE", initiative.unitId(), before, initiative.state()));
    return views.of(initiative);
  }

  @Override
  public InitiativeView score(long initiativeId, RecognitionLevel level, CouncilScore sheet) {
    Initiative initiative = visibleForUpdate(initiativeId);
    Review review =
        initiative
            .review(level)
            .orElseThrow(() -> DomainException.invalid("initiative.review.notOpen", level.label()));
    SignedInUser user =
        CurrentUser.get().orElseThrow(() -> DomainException.forbidden("error.forbidden"));
    if (!SubmissionRights.sitsOnCouncilOf(review.unitId())) {
      throw DomainException.forbidden(
          "initiative.score.notMember", units.require(review.unitId()).name());
    }
    initiative.score(level, user.id(), user.fullName(), sheet, today.now());
    repository.saveAndFlush(initiative);
    Score score =
        review.scores().stream().filter(s -> s.memberId() == user.id()).findFirst().orElseThrow();
    events.publishEvent(
        EntityChanged.action(
            ENTITY,
            initiativeId,
            "SCORE",
            initiative.unitId(),
            null,
            Map.of(
                "level", level.name(),
                "member", user.fullName(),
                "total", score.total(),
                "approve", score.approve())));
    return views.of(initiative);
  }

  @Override
  public InitiativeView decide(long initiativeId, RecognitionLevel level, Decision decision) {
    Initiative initiative = visibleForUpdate(initiativeId);
    long deciding = initiative.review(level).map(Review::unitId).orElse(initiative.unitId());
    units.requireChangeable(deciding);
    requireVersion(initiative, decision.version());
    if (decision.recognised() == null) {
      throw DomainException.invalid("initiative.decision.outcome");
    }
    InitiativeState before = initiative.state();
    if (decision.recognised()) {
      initiative.recognise(level, decision, CurrentUser.name(), today.date());
    } else {
      initiative.refuse(level, decision, CurrentUser.name(), today.date());
    }
    repository.saveAndFlush(initiative);
    events.publishEvent(
        EntityChanged.action(
            ENTITY,
            initiativeId,
            decision.recognised() ? "RECOGNISE" : "REFUSE",
            initiative.unitId(),
            before,
            initiative.state()));
    return views.of(initiative);
  }

  private Initiative visible(long initiativeId) {
    return repository
        .findById(initiativeId)
        .filter(this::seen)
        .orElseThrow(() -> DomainException.notFound("initiative.notFound", initiativeId));
  }

  private Initiative visibleForUpdate(long initiativeId) {
    return repository
        .findForUpdate(initiativeId)
        .filter(this::seen)
        .orElseThrow(() -> DomainException.notFound("initiative.notFound", initiativeId));
  }

  /**
   * Those who see its unit see an initiative; so do those of a unit it stood under when it was
   * submitted, and of every unit that reviewed it, even after a reorganisation moved its unit away.
   */
  private boolean seen(Initiative initiative) {
    return units.canSee(initiative.unitId())
        || CurrentUser.get().stream()
            .flatMap(user -> user.grants().stream())
            .anyMatch(grant -> initiative.unitPath().contains("/" + grant.unitId() + "/"))
        || initiative.reviews().stream().anyMatch(review -> units.canSee(review.unitId()));
  }

  private static void requireVersion(Initiative initiative, Integer version) {
    if (version == null) {
      throw DomainException.invalid("initiative.version.missing");
    }
    if (version != initiative.version()) {
      throw new ObjectOptimisticLockingFailureException(Initiative.class, initiative.id());
    }
  }

  /** Officers may date an entry of an earlier paper record; a worker submits today. */
  private LocalDate submissionDay(LocalDate given, UnitSummary unit) {
    LocalDate now = today.date();
    LocalDate day = given != null && units.canChange(unit.id()) ? given : now;
    if (day.isAfter(now)) {
      throw DomainException.invalid("initiative.submittedOn.future");
    }
    if (!unit.activeOn(day)) {
      throw DomainException.invalid("initiative.unit.notActive", unit.name(), day);
    }
    return day;
  }

  private Long programme(Long programmeId, Place place, LocalDate submittedOn) {
    if (programmeId == null) {
      return null;
    }
    Programme programme =
        programmes
            .findById(programmeId)
            .orElseThrow(() -> DomainException.invalid("initiative.programme.unknown"));
    if (!place.within(programme.unitId())) {
      throw DomainException.invalid(
          "initiative.programme.outside", programme.name(), place.unit().name());
    }
    if (!programme.acceptsOn(submittedOn)) {
      throw DomainException.invalid("initiative.programme.closed", programme.name(), submittedOn);
    }
    return programme.id();
  }

  private InitiativeContent content(InitiativeForm form) {
    return InitiativeContent.check(
        form.title(),
        form.summary(),
        form.field(),
        form.appliedOn(),
        form.benefitVnd(),
        form.benefitDescription(),
        today.date());
  }

  private Authorship authorship(InitiativeForm form, UnitSummary unit) {
    List<AuthorCandidate> candidates = new ArrayList<>();
    for (AuthorEntry entry : form.authors()) {
      if (entry == null || entry.personId() == null) {
        throw DomainException.invalid("initiative.authors.unknown");
      }
      PersonView person = person(entry.personId());
      candidates.add(
          new AuthorCandidate(
              person.id(),
              person.fullName(),
              person.unitId(),
              entry.share(),
              entry.outsideReason(),
              units.isWithin(person.unitId(), unit.id())));
    }
    return Authorship.check(candidates, form.authorGroup(), unit.name());
  }

  private PersonView person(long personId) {
    try {
      return people.get(personId);
    } catch (DomainException unknown) {
      if (!unknown.refusesAccess()) {
        throw unknown;
      }
      throw DomainException.invalid("initiative.authors.unknown");
    }
  }

  private static Submitter submitter() {
    return CurrentUser.get()
        .map(user -> new Submitter(user.id(), user.username()))
        .orElse(new Submitter(null, CurrentUser.name()));
  }
}
