package vn.thidua.movement;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organisation.Catalogue;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.shared.events.EntityChanged;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.DomainException;
import vn.thidua.shared.web.Paged;

@Service
@Transactional
class MovementService implements Movements {

  static final String ENTITY = "Movement";

  private final MovementRepository movements;
  private final MovementAccess access;
  private final ParticipantDirectory participants;
  private final MovementQueries queries;
  private final OrgUnits units;
  private final Catalogue catalogue;
  private final MovementCalendar calendar;
  private final ApplicationEventPublisher events;
  private final TitleCatalogue titles;

  MovementService(
      MovementRepository movements,
      MovementAccess access,
      ParticipantDirectory participants,
      MovementQueries queries,
      OrgUnits units,
      Catalogue catalogue,
      MovementCalendar calendar,
      ApplicationEventPublisher events,
      TitleCatalogue titles) {
    this.titles = titles;
    this.movements = movements;
    this.access = access;
    this.participants = participants;
    this.queries = queries;
    this.units = units;
    this.catalogue = catalogue;
    this.calendar = calendar;
    this.events = events;
  }

  @Override
  public long draft(MovementDraft draft) {
    if (draft.organiserId() == null) {
      throw DomainException.invalid("movement.organiserRequired");
    }
    UnitSummary organiser = units.requireChangeable(draft.organiserId());
    if (organiser.grassroots()) {
      throw DomainException.invalid("movement.organiserGrassroots", organiser.name());
    }
    checkReferences(draft, organiser);
    Movement movement =
        movements.saveAndFlush(new Movement(draft, CurrentUser.name(), calendar.now()));
    events.publishEvent(
        EntityChanged.created(ENTITY, movement.id(), organiser.id(), view(movement)));
    return movement.id();
  }

  @Override
  public void edit(long movementId, MovementDraft draft) {
    Movement movement = access.manageable(movementId);
    movement.requireVersion(draft.version());
    if (draft.organiserId() != null && draft.organiserId() != movement.organiserId()) {
      throw DomainException.invalid("movement.organiserFixed");
    }
    checkReferences(draft, units.require(movement.organiserId()));
    MovementView before = view(movement);
    movement.describe(draft, calendar.now());
    movements.flush();
    events.publishEvent(
        EntityChanged.updated(ENTITY, movementId, movement.organiserId(), before, view(movement)));
  }

  @Override
  public void launch(long movementId, Integer version) {
    Movement movement = access.manageable(movementId);
    movement.requireVersion(version);
    MovementView before = view(movement);
    UnitSummary organiser = units.require(movement.organiserId());
    LocalDate from = before.startsOn() == null ? calendar.today() : before.startsOn();
    LocalDate until = before.endsOn() == null ? from : before.endsOn();
    List<ParticipantDirectory.Resolved> resolved =
        participants.resolve(organiser, movement.participation(), from, until);
    List<Long> participantIds =
        resolved.stream().map(ParticipantDirectory.Resolved::unitId).toList();
    movement.launch(
        new HashSet<>(participantIds), this::nameIfVisible, CurrentUser.name(), calendar.now());
    movements.flush();
    participants.record(movementId, resolved, movement.pilotUnitIds());
    MovementView after = view(movement);
    events.publishEvent(
        EntityChanged.action(ENTITY, movementId, "LAUNCH", organiser.id(), before, after));
    events.publishEvent(
        new MovementLaunched(movementId, after.name(), organiser.id(), participantIds));
  }

  @Override
  public void discard(long movementId, Integer version) {
    Movement movement = access.manageable(movementId);
    movement.requireVersion(version);
    if (movement.status() != MovementStatus.DRAFT) {
      throw DomainException.conflict("movement.launchedIsFinal", movement.name());
    }
    MovementView before = view(movement);
    movements.delete(movement);
    movements.flush();
    events.publishEvent(EntityChanged.deleted(ENTITY, movementId, movement.organiserId(), before));
  }

  @Override
  @Transactional(readOnly = true)
  public MovementView get(long movementId) {
    return view(access.visible(movementId));
  }

  @Override
  @Transactional(readOnly = true)
  public Paged<MovementSummary> list(String query, int page, int size) {
    return queries.list(query == null ? "" : query, Math.max(page, 0), Paged.clampSize(size));
  }

  @Override
  @Transactional(readOnly = true)
  public List<Participant> participants(long movementId) {
    access.asOrganiser(movementId);
    return participants.list(movementId);
  }

  @Override
  @Transactional(readOnly = true)
  public List<UnitMovement> forUnit(long unitId) {
    units.requireVisible(unitId);
    return queries.forUnit(unitId);
  }

  @Override
  @Transactional(readOnly = true)
  public List<UnitSummary> candidates(long organiserId, String query) {
    UnitSummary organiser = units.requireChangeable(organiserId);
    if (query == null || query.isBlank()) {
      return List.of();
    }
    return units.findAll(queries.unitsBelow(organiser.path(), query, 15));
  }

  @Override
  @Transactional(readOnly = true)
  public List<AimedTitle> titleChoices() {
    return titles.choices();
  }

  @Override
  @Transactional(readOnly = true)
  public boolean canManage(long movementId) {
    return access.canManage(access.visible(movementId));
  }

  /** A unit's name, or only its id when the user may not see it. */
  private String nameIfVisible(long unitId) {
    return units.canSee(unitId) ? units.require(unitId).name() : String.valueOf(unitId);
  }

  private MovementView view(Movement movement) {
    return movement.view(
        units.require(movement.organiserId()).name(),
        movement.id() == null ? 0 : participants.count(movement.id()),
        titles::describe);
  }

  /**
   * Refuses sectors, clusters and units that do not exist or lie outside the organiser: chosen and
   * pilot units stand below it, clusters are the organiser's own in the movement's year.
   */
  private void checkReferences(MovementDraft draft, UnitSummary organiser) {
    titles.requireChoosable(draft.titles());
    Set<Long> sectors =
        catalogue.sectors().stream().map(Catalogue.SectorView::id).collect(Collectors.toSet());
    for (Long sectorId : draft.participation().sectorIds()) {
      if (!sectors.contains(sectorId)) {
        throw DomainException.invalid("movement.unknownSector", String.valueOf(sectorId));
      }
    }
    for (MovementDraft.SectorVariant variant : draft.sectorVariants()) {
      if (variant.sectorId() != null && !sectors.contains(variant.sectorId())) {
        throw DomainException.invalid("movement.unknownSector", String.valueOf(variant.sectorId()));
      }
    }
    if (!draft.participation().clusterIds().isEmpty()) {
      if (draft.startsOn() == null) {
        throw DomainException.invalid("movement.clustersNeedDates");
      }
      Set<Long> clusters =
          catalogue.clusters(organiser.id(), draft.startsOn().getYear()).stream()
              .map(Catalogue.ClusterView::id)
              .collect(Collectors.toSet());
      for (Long clusterId : draft.participation().clusterIds()) {
        if (!clusters.contains(clusterId)) {
          throw DomainException.invalid(
              "movement.unknownCluster",
              String.valueOf(clusterId),
              String.valueOf(draft.startsOn().getYear()));
        }
      }
    }
    Set<Long> named = new HashSet<>(draft.participation().unitIds());
    named.addAll(draft.pilotUnitIds());
    for (Long unitId : named) {
      if (unitId == organiser.id() || !units.isWithin(unitId, organiser.id())) {
        throw DomainException.invalid(
            "movement.unitNotBelow", nameIfVisible(unitId), organiser.name());
      }
    }
  }
}
