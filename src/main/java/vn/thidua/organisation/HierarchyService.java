package vn.thidua.organisation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.shared.events.EntityChanged;
import vn.thidua.shared.web.DomainException;

@Service
@Transactional
class HierarchyService implements Hierarchy {

  private final OrgUnitRepository unitRepository;
  private final UnitLevelRepository levels;
  private final SectorRepository sectors;
  private final Placements placements;
  private final Lineage lineage;
  private final OrgUnits units;
  private final FigureBook figures;
  private final ApplicationEventPublisher events;

  HierarchyService(
      OrgUnitRepository unitRepository,
      UnitLevelRepository levels,
      SectorRepository sectors,
      Placements placements,
      Lineage lineage,
      OrgUnits units,
      FigureBook figures,
      ApplicationEventPublisher events) {
    this.unitRepository = unitRepository;
    this.levels = levels;
    this.sectors = sectors;
    this.placements = placements;
    this.lineage = lineage;
    this.units = units;
    this.figures = figures;
    this.events = events;
  }

  @Override
  public long create(NewUnit command) {
    UnitSummary parent = units.requireChangeable(command.parentId());
    UnitLevel level =
        levels
            .findByCode(command.levelCode())
            .orElseThrow(() -> DomainException.invalid("level.unknown", command.levelCode()));
    if (level.tier() <= parent.tier()) {
      throw DomainException.invalid("unit.levelNotBelowParent", level.name(), parent.name());
    }
    Placement parentPlace = openPlacement(parent, command.foundedOn());
    OrgUnit unit =
        new OrgUnit(
            command.code(),
            command.name(),
            level.id(),
            sectorId(command.sectorCode()),
            command.foundedOn());
    unitRepository.saveAndFlush(unit);
    unit.placeUnder(parent.id(), parentPlace.path());
    unitRepository.flush();
    placements.open(unit.id(), parent.id(), unit.path(), command.foundedOn());
    events.publishEvent(
        EntityChanged.created("OrgUnit", unit.id(), unit.id(), snapshot(unit.id())));
    return unit.id();
  }

  @Override
  public void describe(long unitId, UnitDetails details) {
    units.requireChangeable(unitId);
    OrgUnit unit = load(unitId);
    if (unit.version() != details.version()) {
      throw new ObjectOptimisticLockingFailureException(OrgUnit.class, unitId);
    }
    Object before = snapshot(unitId);
    unit.describe(details.code(), details.name(), sectorId(details.sectorCode()));
    unitRepository.flush();
    events.publishEvent(EntityChanged.updated("OrgUnit", unitId, unitId, before, snapshot(unitId)));
  }

  @Override
  public void move(long unitId, long newParentId, LocalDate on) {
    UnitSummary unit = units.require(unitId);
    Object before = snapshot(unitId);
    moveUnit(unit, newParentId, on);
    lineage.record(Lineage.Kind.MOVE, on, unitId, newParentId);
    events.publishEvent(
        EntityChanged.action("OrgUnit", unitId, "MOVE", unitId, before, snapshot(unitId)));
  }

  @Override
  public long merge(Merger merger) {
    LocalDate on = merger.effectiveOn();
    if ((merger.targetId() == null) == (merger.newTarget() == null)) {
      throw DomainException.invalid("unit.mergeTargetRequired");
    }
    Set<Long> sources = new LinkedHashSet<>(merger.sourceIds());
    long targetId =
        merger.targetId() != null ? merger.targetId() : create(withFoundingDate(merger, on));
    if (sources.contains(targetId)) {
      throw DomainException.invalid("unit.mergeIntoItself");
    }
    UnitSummary target = units.requireChangeable(targetId);
    Placement targetPlace = openPlacement(target, on);
    Headcount carried = figures.ownOn(targetId, on).orElse(Headcount.NONE);
    for (long sourceId : sources) {
      UnitSummary source = units.require(sourceId);
      Placement sourcePlace = openPlacement(source, on);
      if (targetPlace.path().startsWith(sourcePlace.path())) {
        throw DomainException.invalid("unit.mergeIntoDescendant", source.name(), target.name());
      }
      for (long childId : placements.childrenOn(sourceId, on)) {
        moveUnit(units.require(childId), targetId, on);
      }
      carried = carried.plus(figures.ownOn(sourceId, on).orElse(Headcount.NONE));
      end(source, on);
      lineage.record(Lineage.Kind.MERGE, on, sourceId, targetId);
      events.publishEvent(
          EntityChanged.action(
              "OrgUnit", sourceId, "MERGE", sourceId, null, Map.of("into", targetId, "on", on)));
    }
    figures.record(targetId, on, carried);
    return targetId;
  }

  @Override
  public List<Long> split(long unitId, Split split) {
    LocalDate on = split.effectiveOn();
    UnitSummary unit = units.require(unitId);
    if (unit.parentId() == null) {
      throw DomainException.invalid("unit.rootCannotChange");
    }
    requireReorganiser(unit);
    openPlacement(unit, on);
    Set<Long> children = new HashSet<>(placements.childrenOn(unitId, on));
    Set<Long> assigned = new HashSet<>();
    for (Split.Part part : split.parts()) {
      for (long childId : part.childIds() == null ? List.<Long>of() : part.childIds()) {
        if (!children.contains(childId)) {
          throw DomainException.invalid("unit.splitUnknownChild", childId, unit.name());
        }
        if (!assigned.add(childId)) {
          throw DomainException.invalid("unit.splitChildTwice", units.require(childId).name());
        }
      }
    }
    if (!assigned.containsAll(children)) {
      throw DomainException.invalid(
          "unit.splitChildrenUnassigned", children.size() - assigned.size());
    }
    List<Long> created = new ArrayList<>();
    for (Split.Part part : split.parts()) {
      long partId =
          create(
              new NewUnit(
                  unit.parentId(),
                  part.code(),
                  part.name(),
                  unit.levelCode(),
                  part.sectorCode(),
                  on));
      for (long childId : part.childIds() == null ? List.<Long>of() : part.childIds()) {
        moveUnit(units.require(childId), partId, on);
      }
      if (part.headcount() != null) {
        figures.record(partId, on, part.headcount());
      }
      lineage.record(Lineage.Kind.SPLIT, on, unitId, partId);
      created.add(partId);
    }
    end(unit, on);
    events.publishEvent(
        EntityChanged.action(
            "OrgUnit", unitId, "SPLIT", unitId, null, Map.of("into", created, "on", on)));
    return created;
  }

  @Override
  public void dissolve(long unitId, LocalDate on) {
    UnitSummary unit = units.require(unitId);
    if (unit.parentId() == null) {
      throw DomainException.invalid("unit.rootCannotChange");
    }
    requireReorganiser(unit);
    Object before = snapshot(unitId);
    end(unit, on);
    lineage.record(Lineage.Kind.DISSOLVE, on, unitId, null);
    events.publishEvent(
        EntityChanged.action("OrgUnit", unitId, "DISSOLVE", unitId, before, snapshot(unitId)));
  }

  private void moveUnit(UnitSummary unit, long newParentId, LocalDate on) {
    if (unit.parentId() == null) {
      throw DomainException.invalid("unit.rootCannotChange");
    }
    requireReorganiser(unit);
    UnitSummary parent = units.requireChangeable(newParentId);
    if (parent.tier() >= unit.tier()) {
      throw DomainException.invalid("unit.levelNotBelowParent", unit.levelName(), parent.name());
    }
    Placement from = openPlacement(unit, on);
    Placement parentPlace = openPlacement(parent, on);
    if (parentPlace.path().startsWith(from.path())) {
      throw DomainException.invalid("unit.moveIntoOwnSubtree", unit.name(), parent.name());
    }
    if (placements.changedAfter(from.path(), on)) {
      throw DomainException.invalid("unit.laterChangesExist", unit.name(), on);
    }
    placements.moveSubtree(unit.id(), from, newParentId, parentPlace.path(), on);
  }

  /** Only an officer of the level above may reorganise a unit. */
  private void requireReorganiser(UnitSummary unit) {
    units.requireVisible(unit.id());
    if (!units.canChange(unit.parentId())) {
      throw DomainException.forbidden("unit.reorganiseByParentOnly", unit.name());
    }
  }

  private void end(UnitSummary unit, LocalDate on) {
    Placement place = openPlacement(unit, on);
    List<Long> children = placements.childrenOn(unit.id(), on);
    if (!children.isEmpty()) {
      throw DomainException.invalid("unit.stillHasChildren", unit.name(), children.size());
    }
    OrgUnit entity = load(unit.id());
    entity.end(on);
    unitRepository.flush();
    placements.close(place, on);
    figures.closeOn(unit.id(), on);
  }

  /** The unit's place on the date, which must still be its latest: history is written in order. */
  private Placement openPlacement(UnitSummary unit, LocalDate on) {
    Placement place =
        placements
            .at(unit.id(), on)
            .orElseThrow(() -> DomainException.invalid("unit.notActiveOn", unit.name(), on));
    if (!place.openEnded()) {
      throw DomainException.invalid("unit.laterChangesExist", unit.name(), on);
    }
    return place;
  }

  private NewUnit withFoundingDate(Merger merger, LocalDate on) {
    NewUnit target = merger.newTarget();
    return new NewUnit(
        target.parentId(),
        target.code(),
        target.name(),
        target.levelCode(),
        target.sectorCode(),
        on);
  }

  private OrgUnit load(long unitId) {
    return unitRepository
        .findById(unitId)
        .orElseThrow(() -> DomainException.notFound("unit.notFound", unitId));
  }

  private Long sectorId(String code) {
    if (code == null || code.isBlank()) {
      return null;
    }
    return sectors
        .findByCode(code)
        .map(Sector::id)
        .orElseThrow(() -> DomainException.invalid("sector.unknown", code));
  }

  private Map<String, Object> snapshot(long unitId) {
    UnitSummary unit = units.require(unitId);
    var snapshot = new java.util.LinkedHashMap<String, Object>();
    snapshot.put("code", unit.code());
    snapshot.put("name", unit.name());
    snapshot.put("level", unit.levelCode());
    snapshot.put("sectorId", unit.sectorId());
    snapshot.put("parentId", unit.parentId());
    snapshot.put("path", unit.path());
    snapshot.put("foundedOn", unit.foundedOn());
    snapshot.put("endedOn", unit.endedOn());
    return snapshot;
  }
}
