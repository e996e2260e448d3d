package vn.thidua.movement;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.PathFilter;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.people.People;
import vn.thidua.people.PersonView;
import vn.thidua.shared.events.EntityChanged;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.DomainException;

@Service
@Transactional
class RegistrationService implements Registrations {

  static final String ENTITY = "Registration";

  private final RegistrationRepository registrations;
  private final MovementAccess access;
  private final ParticipantDirectory participants;
  private final OrgUnits units;
  private final JdbcClient jdbc;
  private final MovementCalendar calendar;
  private final ApplicationEventPublisher events;
  private final People people;
  private final TitleCatalogue titles;

  RegistrationService(
      RegistrationRepository registrations,
      MovementAccess access,
      ParticipantDirectory participants,
      OrgUnits units,
      JdbcClient jdbc,
      MovementCalendar calendar,
      ApplicationEventPublisher events,
      People people,
      TitleCatalogue titles) {
    this.people = people;
    this.titles = titles;
    this.registrations = registrations;
    this.access = access;
    this.participants = participants;
    this.units = units;
    this.jdbc = jdbc;
    this.calendar = calendar;
    this.events = events;
  }

  @Override
  public long register(long movementId, RegistrationDraft draft) {
    Movement movement = access.visible(movementId);
    if (draft.unitId() == null) {
      throw DomainException.invalid("registration.unitRequired");
    }
    UnitSummary unit = units.requireChangeable(draft.unitId());
    if (movement.status() != MovementStatus.LAUNCHED) {
      throw DomainException.conflict("registration.notLaunched", movement.name());
    }
    if (!participants.takesPart(movementId, unit.id())) {
      throw DomainException.invalid("registration.notParticipant", unit.name(), movement.name());
    }
    if (registrations.findByMovementIdAndUnitId(movementId, unit.id()).isPresent()) {
      throw DomainException.conflict("registration.exists", unit.name());
    }
    Registration registration =
        registrations.saveAndFlush(
            new Registration(
                movementId,
                unit.id(),
                withWorkers(draft, unit, movement),
                movement.registrationTerms(titles::describe),
                deadline(movement),
                CurrentUser.name(),
                calendar.now()));
    events.publishEvent(
        EntityChanged.created(ENTITY, registration.id(), unit.id(), view(registration, movement)));
    return registration.id();
  }

  @Override
  public void edit(long registrationId, RegistrationDraft draft) {
    Registration registration = changeable(registrationId);
    Movement movement = access.visible(registration.movementId());
    registration.requireVersion(draft.version());
    RegistrationView before = view(registration, movement);
    registration.describe(
        draft, movement.registrationTerms(titles::describe), deadline(movement), calendar.now());
    registrations.flush();
    announce(registration, movement, "UPDATE", before);
  }

  @Override
  public void submit(long registrationId, Integer version) {
    Registration registration = changeable(registrationId);
    Movement movement = access.visible(registration.movementId());
    registration.requireVersion(version);
    RegistrationView before = view(registration, movement);
    registration.submit(
        movement.registrationTerms(titles::describe),
        deadline(movement),
        CurrentUser.name(),
        calendar.now());
    registrations.flush();
    announce(registration, movement, "SUBMIT", before);
  }

  @Override
  public void approve(long registrationId, Integer version) {
    review(registrationId, version, "APPROVE", (r, now) -> r.approve(CurrentUser.name(), now));
  }

  @Override
  public void reject(long registrationId, String reason, Integer version) {
    review(
        registrationId, version, "REJECT", (r, now) -> r.reject(reason, CurrentUser.name(), now));
  }

  @Override
  public void returnForChanges(long registrationId, String reason, Integer version) {
    review(
        registrationId,
        version,
        "RETURN",
        (r, now) -> r.returnForChanges(reason, CurrentUser.name(), now));
  }

  private void review(
      long registrationId, Integer version, String action, BiConsumer<Registration, Instant> step) {
    Registration registration = find(registrationId);
    Movement movement = access.manageable(registration.movementId());
    registration.requireVersion(version);
    RegistrationView before = view(registration, movement);
    step.accept(registration, calendar.now());
    registrations.flush();
    announce(registration, movement, action, before);
    events.publishEvent(
        new RegistrationReviewed(
            registration.id(),
            movement.id(),
            movement.name(),
            registration.unitId(),
            registration.status(),
            registration.reviewReason()));
  }

  @Override
  @Transactional(readOnly = true)
  public RegistrationView get(long registrationId) {
    Registration registration = find(registrationId);
    Movement movement = access.visible(registration.movementId());
    if (!units.canSee(registration.unitId()) && !units.canSee(movement.organiserId())) {
      throw notFound(registrationId);
    }
    return view(registration, movement);
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<RegistrationView> find(long movementId, long unitId) {
    Movement movement = access.visible(movementId);
    units.requireVisible(unitId);
    return registrations
        .findByMovementIdAndUnitId(movementId, unitId)
        .map(registration -> view(registration, movement));
  }

  @Override
  @Transactional(readOnly = true)
  public RegistrationBoard board(long movementId) {
    access.asOrganiser(movementId);
    List<RegistrationBoard.Row> rows = rows(movementId, null);
    return new RegistrationBoard(movementId, RegistrationBoard.Counts.of(rows), rows);
  }

  @Override
  @Transactional(readOnly = true)
  public List<RegistrationBoard.Row> visibleParticipants(long movementId) {
    access.visible(movementId);
    return rows(movementId, PathFilter.of("u.path", units.visiblePaths()));
  }

  private List<RegistrationBoard.Row> rows(long movementId, PathFilter scope) {
    record Row(
        long unitId,
        Long sectorId,
        String clusterName,
        boolean pilot,
        Long registrationId,
        RegistrationStatus status,
        Boolean late,
        Instant submittedAt) {}
    List<Row> rows =
        jdbc.sql(
                """
                select p.unit_id, p.sector_id, p.cluster_name, p.pilot, r.id as registration_id,
                       r.status, r.late, r.submitted_at
                  from movement_participant p
                  join org_unit u on u.id = p.unit_id
                  left join registration r
                         on r.movement_id = p.movement_id and r.unit_id = p.unit_id
                 where p.movement_id = :movement and %s
                """
                    .formatted(scope == null ? "true" : scope.sql()))
            .params(scope == null ? Map.of() : scope.params())
            .param("movement", movementId)
            .query(Row.class)
            .list();
    Map<Long, UnitSummary> unitsById =
        units.findAll(rows.stream().map(Row::unitId).toList()).stream()
            .collect(Collectors.toMap(UnitSummary::id, Function.identity()));
    Map<Long, String> sectorNames = participants.sectorNames();
    return rows.stream()
        .map(
            row ->
                new RegistrationBoard.Row(
                    row.unitId(),
                    unitsById.get(row.unitId()).name(),
                    row.sectorId() == null ? null : sectorNames.get(row.sectorId()),
                    row.clusterName(),
                    row.pilot(),
                    row.registrationId(),
                    row.status(),
                    Boolean.TRUE.equals(row.late()),
                    row.submittedAt()))
        .sorted(
            Comparator.comparing(RegistrationBoard.Row::unitName, ParticipantDirectory.VIETNAMESE))
        .toList();
  }

  /** The registration, for an officer of its unit (or above): 404 when hidden, 403 read-only. */
  private Registration changeable(long registrationId) {
    Registration registration = find(registrationId);
    if (!units.canSee(registration.unitId())) {
      throw notFound(registrationId);
    }
    units.requireChangeable(registration.unitId());
    return registration;
  }

  private Registration find(long registrationId) {
    return registrations.findById(registrationId).orElseThrow(() -> notFound(registrationId));
  }

  /**
   * The draft with each pledging person checked against the registry of workers: they work in the
   * unit (or a unit below it) and had not left when the movement began; their name is the
   * registry's.
   */
  private RegistrationDraft withWorkers(
      RegistrationDraft draft, UnitSummary unit, Movement movement) {
    List<RegistrationDraft.PersonPledge> checked = new ArrayList<>();
    for (RegistrationDraft.PersonPledge pledge : draft.people()) {
      if (pledge.personId() == null) {
        throw DomainException.invalid("registration.personRequired");
      }
      PersonView person =
          people
              .find(pledge.personId())
              .filter(p -> units.isWithin(p.unitId(), unit.id()))
              .orElseThrow(
                  () ->
                      DomainException.invalid(
                          "registration.personNotInUnit",
                          String.valueOf(pledge.personId()),
                          unit.name()));
      LocalDate from = movement.startsOn() == null ? calendar.today() : movement.startsOn();
      if (person.leftOn() != null && !person.leftOn().isAfter(from)) {
        throw DomainException.invalid(
            "registration.personLeft", person.fullName(), person.leftOn());
      }
      checked.add(
          new RegistrationDraft.PersonPledge(person.id(), person.fullName(), pledge.titleCode()));
    }
    return new RegistrationDraft(
        draft.unitId(), draft.targets(), draft.titles(), checked, draft.note(), draft.version());
  }

  private RegistrationDeadline deadline(Movement movement) {
    return new RegistrationDeadline(
        movement.registrationDeadline(), calendar.today(), units.canChange(movement.organiserId()));
  }

  private void announce(
      Registration registration, Movement movement, String action, RegistrationView before) {
    events.publishEvent(
        EntityChanged.action(
            ENTITY,
            registration.id(),
            action,
            registration.unitId(),
            before,
            view(registration, movement)));
  }

  private RegistrationView view(Registration registration, Movement movement) {
    Map<Long, BigDecimal> pledged = registration.targets();
    List<RegistrationView.Pledge> pledges =
        movement.criteria().stream()
            .map(
                criterion ->
                    new RegistrationView.Pledge(
                        criterion.id(),
                        criterion.number(),
                        criterion.name(),
                        criterion.unitOfMeasure(),
                        criterion.measure(),
                        criterion.direction(),
                        criterion.target(),
                        pledged.get(criterion.id())))
            .toList();
    return new RegistrationView(
        registration.id() == null ? 0 : registration.id(),
        movement.id(),
        movement.name(),
        registration.unitId(),
        units.require(registration.unitId()).name(),
        registration.status(),
        pledges,
        titles.describe(registration.titles()),
        registration.people(),
        registration.note(),
        registration.reviewReason(),
        registration.late(),
        registration.submittedAt(),
        registration.submittedBy(),
        registration.reviewedAt(),
        registration.reviewedBy(),
        registration.version());
  }

  private static DomainException notFound(long registrationId) {
    return DomainException.notFound("registration.notFound", String.valueOf(registrationId));
  }
}
