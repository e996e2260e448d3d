package vn.thidua.honours;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.achievement.AchievementRecord;
import vn.thidua.achievement.Achievements;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.people.People;
import vn.thidua.people.PersonView;

/** The facts the rules read, from the database and the other modules' facades. */
@Component
class DatabaseFacts implements NomineeFacts {

  private final HeldHonours held;
  private final HonourRepository honours;
  private final People people;
  private final OrgUnits units;
  private final Achievements achievements;
  private final JdbcClient jdbc;

  DatabaseFacts(
      HeldHonours held,
      HonourRepository honours,
      People people,
      OrgUnits units,
      Achievements achievements,
      JdbcClient jdbc) {
    this.held = held;
    this.honours = honours;
    this.people = people;
    this.units = units;
    this.achievements = achievements;
    this.jdbc = jdbc;
  }

  @Override
  public List<HonourHeld> held(Candidate candidate, int fromYear, int toYear) {
    NomineeCase nominee = candidate.nominee();
    return candidate.isPerson()
        ? held.ofPerson(nominee.personId(), fromYear, toYear)
        : held.ofUnit(nominee.collectiveUnitId(), fromYear, toYear);
  }

  @Override
  public Optional<LocalDate> startedOn(long personId) {
    return people.find(personId).map(PersonView::startedOn);
  }

  @Override
  public List<InitiativeCredit> initiatives(Candidate candidate, LocalDate from, LocalDate to) {
    NomineeCase nominee = candidate.nominee();
    AchievementRecord record =
        candidate.isPerson()
            ? achievements.ofPerson(nominee.personId(), from, to)
            : achievements.ofUnit(nominee.collectiveUnitId(), from, to);
    return record.initiatives().stream()
        .map(r -> new InitiativeCredit(r.initiativeId(), r.level().rank(), r.benefitVnd()))
        .toList();
  }

  @Override
  public long holdersInSubtree(long unitId, String honourCode, Integer grade, int year) {
    String path = units.require(unitId).path();
    return jdbc.sql(
            """
            select count(distinct coalesce(hh.person_id, -hh.unit_id))
              from honour_held hh
              join honour h on h.id = hh.honour_id
              join org_unit u on u.id = hh.holder_unit_id
             where h.code = :code and hh.year = :year and not hh.revoked
               and (cast(:grade as int) is null or hh.grade = :grade)
               and u.path >= :path and u.path < :upper
            """)
        .param("code", honourCode)
        .param("year", year)
        .param("grade", grade, java.sql.Types.INTEGER)
        .param("path", path)
        .param("upper", OrgUnits.pathUpperBound(path))
        .query(Long.class)
        .single();
  }

  @Override
  public long workersInSubtree(long unitId) {
    return people.countInSubtree(unitId);
  }

  @Override
  public long grantedBy(long grantingUnitId, String honourCode, int grade, int year) {
    return jdbc.sql(
            """
            select count(*)
              from honour_held hh
              join honour h on h.id = hh.honour_id
             where hh.granting_unit_id = :unit and h.code = :code and hh.grade = :grade
               and hh.year = :year and not hh.revoked
            """)
        .param("unit", grantingUnitId)
        .param("code", honourCode)
        .param("grade", grade)
        .param("year", year)
        .query(Long.class)
        .single();
  }

  @Override
  public Optional<HonourView> honour(String code) {
    return honours.findByCode(code).map(Honour::view);
  }
}
