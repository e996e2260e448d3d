package vn.thidua.organisation;

import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.shared.events.EntityChanged;
import vn.thidua.shared.web.DomainException;

@Service
@Transactional
class CatalogueService implements Catalogue {

  private final UnitLevelRepository levels;
  private final SectorRepository sectors;
  private final JdbcClient jdbc;
  private final OrgUnitDirectory units;
  private final ApplicationEventPublisher events;

  CatalogueService(
      UnitLevelRepository levels,
      SectorRepository sectors,
      JdbcClient jdbc,
      OrgUnitDirectory units,
      ApplicationEventPublisher events) {
    this.levels = levels;
    this.sectors = sectors;
    this.jdbc = jdbc;
    this.units = units;
    this.events = events;
  }

  @Override
  @Transactional(readOnly = true)
  public List<LevelView> levels() {
    return levels.findAllByOrderByTierAscCodeAsc().stream().map(CatalogueService::view).toList();
  }

  @Override
  public long addLevel(LevelForm form) {
    requireNationalAdmin();
    if (levels.findByCode(form.code()).isPresent()) {
      throw DomainException.invalid("level.duplicate", form.code());
    }
    UnitLevel level =
        levels.saveAndFlush(
            new UnitLevel(
                form.code(),
                form.name(),
                form.nameEn(),
                form.tier(),
                Boolean.TRUE.equals(form.grassroots())));
    events.publishEvent(EntityChanged.created("UnitLevel", level.id(), null, view(level)));
    return level.id();
  }

  @Override
  public void changeLevel(long levelId, LevelForm form) {
    requireNationalAdmin();
    UnitLevel level =
        levels
            .findById(levelId)
            .orElseThrow(() -> DomainException.notFound("level.notFound", levelId));
    checkVersion(level.version(), form.version(), UnitLevel.class, levelId);
    LevelView before = view(level);
    level.rename(form.name(), form.nameEn(), form.tier(), Boolean.TRUE.equals(form.grassroots()));
    levels.flush();
    events.publishEvent(EntityChanged.updated("UnitLevel", levelId, null, before, view(level)));
  }

  @Override
  @Transactional(readOnly = true)
  public List<SectorView> sectors() {
    return sectors.findAllByOrderByCodeAsc().stream().map(CatalogueService::view).toList();
  }

  @Override
  public long addSector(SectorForm form) {
    requireNationalAdmin();
    if (sectors.findByCode(form.code()).isPresent()) {
      throw DomainException.invalid("sector.duplicate", form.code());
    }
    Sector sector = sectors.saveAndFlush(new Sector(form.code(), form.name(), form.nameEn()));
    events.publishEvent(EntityChanged.created("Sector", sector.id(), null, view(sector)));
    return sector.id();
  }

  @Override
  public void changeSector(long sectorId, SectorForm form) {
    requireNationalAdmin();
    Sector sector =
        sectors
            .findById(sectorId)
            .orElseThrow(() -> DomainException.notFound("sector.notFound", sectorId));
    checkVersion(sector.version(), form.version(), Sector.class, sectorId);
    SectorView before = view(sector);
    sector.rename(form.name(), form.nameEn());
    sectors.flush();
    events.publishEvent(EntityChanged.updated("Sector", sectorId, null, before, view(sector)));
  }

  @Override
  @Transactional(readOnly = true)
  public List<ClusterView> clusters(long organiserId, int year) {
    units.requireVisible(organiserId);
    record Row(long id, String name, int year, long organiserId) {}
    return jdbc
        .sql(
            "select id, name, year, organiser_id from emulation_cluster"
                + " where organiser_id = :organiser and year = :year order by name")
        .param("organiser", organiserId)
        .param("year", year)
        .query(Row.class)
        .list()
        .stream()
        .map(
            row ->
                new ClusterView(
                    row.id(), row.name(), row.year(), row.organiserId(), members(row.id())))
        .toList();
  }

  @Override
  public long addCluster(ClusterForm form) {
    units.requireChangeable(form.organiserId());
    try {
      long id =
          jdbc.sql(
                  "insert into emulation_cluster (name, year, organiser_id)"
                      + " values (:name, :year, :organiser) returning id")
              .param("name", form.name().strip())
              .param("year", form.year())
              .param("organiser", form.organiserId())
              .query(Long.class)
              .single();
      events.publishEvent(EntityChanged.created("EmulationCluster", id, form.organiserId(), form));
      return id;
    } catch (DuplicateKeyException e) {
      throw DomainException.invalid("cluster.duplicate", form.name(), form.year());
    }
  }

  @Override
  public void join(long clusterId, long unitId) {
    ClusterView cluster = cluster(clusterId);
    units.requireChangeable(cluster.organiserId());
    UnitSummary unit = units.requireVisible(unitId);
    if (unitId == cluster.organiserId()
        || !belowDuring(unitId, cluster.organiserId(), cluster.year())) {
      throw DomainException.invalid("cluster.unitOutsideOrganiser", unit.name());
    }
    Long current =
        jdbc.sql(
                "select cluster_id from emulation_cluster_member where unit_id = :unit and year = :year")
            .param("unit", unitId)
            .param("year", cluster.year())
            .query(Long.class)
            .optional()
            .orElse(null);
    if (current != null) {
      throw DomainException.invalid("cluster.alreadyInOne", unit.name(), cluster.year());
    }
    jdbc.sql(
            "insert into emulation_cluster_member (cluster_id, unit_id, year)"
                + " values (:cluster, :unit, :year)")
        .param("cluster", clusterId)
        .param("unit", unitId)
        .param("year", cluster.year())
        .update();
    events.publishEvent(
        EntityChanged.action(
            "EmulationCluster",
            clusterId,
            "JOIN",
            cluster.organiserId(),
            null,
            Map.of("unitId", unitId)));
  }

  @Override
  public void leave(long clusterId, long unitId) {
    ClusterView cluster = cluster(clusterId);
    units.requireChangeable(cluster.organiserId());
    int removed =
        jdbc.sql(
                "delete from emulation_cluster_member where cluster_id = :cluster and unit_id = :unit")
            .param("cluster", clusterId)
            .param("unit", unitId)
            .update();
    if (removed == 0) {
      throw DomainException.notFound("cluster.notAMember", unitId);
    }
    events.publishEvent(
        EntityChanged.action(
            "EmulationCluster",
            clusterId,
            "LEAVE",
            cluster.organiserId(),
            Map.of("unitId", unitId),
            null));
  }

  /** Whether the unit stood below the organiser at some time in the year. */
  private boolean belowDuring(long unitId, long organiserId, int year) {
    return jdbc.sql(
            """
            select exists (
              select 1 from unit_placement
               where unit_id = :unit and position(:segment in path) > 0
                 and valid_from <= make_date(:year, 12, 31)
                 and (valid_to is null or valid_to > make_date(:year, 1, 1)))
            """)
        .param("unit", unitId)
        .param("segment", "/" + organiserId + "/")
        .param("year", year)
        .query(Boolean.class)
        .single();
  }

  private ClusterView cluster(long clusterId) {
    record Row(long id, String name, int year, long organiserId) {}
    Row row =
        jdbc.sql("select id, name, year, organiser_id from emulation_cluster where id = :id")
            .param("id", clusterId)
            .query(Row.class)
            .optional()
            .orElseThrow(() -> DomainException.notFound("cluster.notFound", clusterId));
    units.requireVisible(row.organiserId());
    return new ClusterView(row.id(), row.name(), row.year(), row.organiserId(), List.of());
  }

  private List<UnitSummary> members(long clusterId) {
    return units.findAll(
        jdbc.sql("select unit_id from emulation_cluster_member where cluster_id = :cluster")
            .param("cluster", clusterId)
            .query(Long.class)
            .list());
  }

  private void requireNationalAdmin() {
    long root =
        jdbc.sql("select id from org_unit where parent_id is null order by id limit 1")
            .query(Long.class)
            .single();
    if (!units.canAdminister(root)) {
      throw DomainException.forbidden("catalogue.nationalAdminOnly");
    }
  }

  private static void checkVersion(int current, int edited, Class<?> type, long id) {
    if (current != edited) {
      throw new ObjectOptimisticLockingFailureException(type, id);
    }
  }

  private static LevelView view(UnitLevel level) {
    return new LevelView(
        level.id(),
        level.code(),
        level.name(),
        level.nameEn(),
        level.tier(),
        level.grassroots(),
        level.version());
  }

  private static SectorView view(Sector sector) {
    return new SectorView(
        sector.id(), sector.code(), sector.name(), sector.nameEn(), sector.version());
  }
}
