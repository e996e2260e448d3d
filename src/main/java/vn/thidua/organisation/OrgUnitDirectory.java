package vn.thidua.organisation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Grant;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.shared.web.DomainException;

@Service
@Transactional(readOnly = true)
class OrgUnitDirectory implements OrgUnits {

  static final String SUMMARY_SQL =
      """
      select u.id, u.code, u.name, u.level_id, l.code as level_code, l.name as level_name,
             l.name_en as level_name_en, l.tier, l.grassroots, u.sector_id, s.name as sector_name,
             s.name_en as sector_name_en, u.parent_id, u.path, u.founded_on, u.ended_on, u.version
      from org_unit u
      join unit_level l on l.id = u.level_id
      left join sector s on s.id = u.sector_id
      """;

  private final JdbcClient jdbc;

  OrgUnitDirectory(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<UnitSummary> find(long unitId) {
    return jdbc.sql(SUMMARY_SQL + " where u.id = :id")
        .param("id", unitId)
        .query(OrgUnitDirectory::summary)
        .optional();
  }

  @Override
  public UnitSummary require(long unitId) {
    return find(unitId).orElseThrow(() -> DomainException.notFound("unit.notFound", unitId));
  }

  @Override
  public List<UnitSummary> findAll(Collection<Long> unitIds) {
    if (unitIds.isEmpty()) {
      return List.of();
    }
    return jdbc.sql(SUMMARY_SQL + " where u.id in (:ids) order by u.name")
        .param("ids", unitIds)
        .query(OrgUnitDirectory::summary)
        .list();
  }

  @Override
  public boolean isWithin(long unitId, long ancestorId) {
    return find(unitId).map(unit -> contains(unit.path(), ancestorId)).orElse(false);
  }

  @Override
  public boolean canSee(long unitId) {
    return find(unitId).map(unit -> granted(unit, grant -> true)).orElse(false);
  }

  @Override
  public boolean canChange(long unitId) {
    return find(unitId).map(unit -> granted(unit, grant -> grant.role().canChange())).orElse(false);
  }

  @Override
  public UnitSummary requireVisible(long unitId) {
    UnitSummary unit = require(unitId);
    if (!granted(unit, grant -> true)) {
      throw DomainException.notFound("unit.notFound", unitId);
    }
    return unit;
  }

  @Override
  public UnitSummary requireChangeable(long unitId) {
    UnitSummary unit = requireVisible(unitId);
    if (!granted(unit, grant -> grant.role().canChange())) {
      throw DomainException.forbidden("unit.readOnly", unit.name());
    }
    return unit;
  }

  /** Whether the signed-in user holds an administrator grant at or above the unit. */
  boolean canAdminister(long unitId) {
    return find(unitId)
        .map(unit -> granted(unit, grant -> grant.role() == Role.ADMIN))
        .orElse(false);
  }

  @Override
  public List<String> visiblePaths() {
    Set<Long> grantUnits =
        CurrentUser.get().map(SignedInUser::grants).orElse(List.of()).stream()
            .map(Grant::unitId)
            .collect(Collectors.toSet());
    if (grantUnits.isEmpty()) {
      return List.of();
    }
    List<String> paths =
        jdbc
            .sql("select path from org_unit where id in (:ids)")
            .param("ids", grantUnits)
            .query(String.class)
            .list()
            .stream()
            .sorted(Comparator.comparingInt(String::length))
            .toList();
    List<String> outermost = new ArrayList<>();
    for (String path : paths) {
      if (outermost.stream().noneMatch(path::startsWith)) {
        outermost.add(path);
      }
    }
    return outermost;
  }

  private static boolean granted(UnitSummary unit, Predicate<Grant> kind) {
    return CurrentUser.get().map(SignedInUser::grants).orElse(List.of()).stream()
        .filter(kind)
        .anyMatch(grant -> contains(unit.path(), grant.unitId()));
  }

  static boolean contains(String path, long ancestorId) {
    return path.contains("/" + ancestorId + "/");
  }

  static UnitSummary summary(ResultSet rs, int row) throws SQLException {
    boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
    long sector = rs.getLong("sector_id");
    long parent = rs.getLong("parent_id");
    return new UnitSummary(
        rs.getLong("id"),
        rs.getString("code"),
        rs.getString("name"),
        rs.getLong("level_id"),
        rs.getString("level_code"),
        rs.getString(english ? "level_name_en" : "level_name"),
        rs.getInt("tier"),
        rs.getBoolean("grassroots"),
        sector == 0 ? null : sector,
        rs.getString(english ? "sector_name_en" : "sector_name"),
        parent == 0 ? null : parent,
        rs.getString("path"),
        rs.getObject("founded_on", LocalDate.class),
        rs.getObject("ended_on", LocalDate.class),
        rs.getInt("version"));
  }
}
