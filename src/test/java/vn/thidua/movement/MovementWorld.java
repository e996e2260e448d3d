package vn.thidua.movement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.people.Gender;
import vn.thidua.people.NewPerson;
import vn.thidua.people.People;
import vn.thidua.shared.security.Role;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.Users;

/**
 * A district union with grassroots unions of two sectors, one of them in a cluster, and a movement
 * for them whose dates lie around today, so that its registration deadline is still open.
 */
@Component
public class MovementWorld {

  private final Fixtures fixtures;
  private final JdbcClient jdbc;
  private final Movements movements;
  private final People people;

  MovementWorld(Fixtures fixtures, JdbcClient jdbc, Movements movements, People people) {
    this.fixtures = fixtures;
    this.jdbc = jdbc;
    this.movements = movements;
    this.people = people;
  }

  /** A worker of the unit, in the registry of workers since 2015. */
  long worker(long unitId, String fullName) {
    return people.register(
        new NewPerson(
            unitId,
            fullName,
            Gender.FEMALE,
            1990,
            "Công nhân may",
            true,
            true,
            LocalDate.of(2015, 3, 1)));
  }

  /**
   * The unit's registration for the movement of {@link #launched}: a pledge for each of its two
   * criteria and the title the unit aims at.
   */
  static RegistrationDraft registration(MovementView movement, long unitId) {
    return new RegistrationDraft(
        unitId,
        List.of(
            new RegistrationDraft.TargetPledge(movement.criteria().get(0).id(), BigDecimal.TEN),
            new RegistrationDraft.TargetPledge(movement.criteria().get(1).id(), BigDecimal.ZERO)),
        List.of("CDCS_HTXS"),
        null,
        null,
        null);
  }

  /**
   * Launches the 2-phase movement of {@link #completeJson} for the whole district, as its officer,
   * with the given registration deadline; returns it as launched.
   */
  public MovementView launched(Units units, String name, LocalDate deadline) {
    MovementDraft draft =
        new MovementDraft(
            units.district(),
            MovementKind.REGULAR,
            name,
            "Lao động giỏi, lao động sáng tạo",
            start(),
            end(),
            deadline,
            List.of(
                new MovementDraft.PhaseDraft(
                    null, "Đợt 1", start(), secondPhaseStart().minusDays(1)),
                new MovementDraft.PhaseDraft(null, "Đợt 2", secondPhaseStart(), end())),
            List.of("Nâng cao năng suất lao động"),
            List.of(
                MovementDrafts.initiatives(50),
                MovementDrafts.accidents(30),
                MovementDrafts.agreementSigned(20)),
            List.of("LDG", "CSTDCS", "CDCS_HTXS"),
            new MovementDraft.Participation(true, null, null, null),
            List.of(),
            List.of(),
            0);
    long[] id = new long[1];
    Users.runAs(
        Users.user(Role.OFFICER, units.district()),
        () -> {
          id[0] = movements.draft(draft);
          movements.launch(id[0], 0);
        });
    MovementView[] view = new MovementView[1];
    Users.runAs(Users.user(Role.VIEWER, units.district()), () -> view[0] = movements.get(id[0]));
    return view[0];
  }

  /** The units of one test. */
  public record Units(
      long province,
      long district,
      long factoryA,
      long factoryB,
      long school,
      long cluster,
      long schools,
      long enterprises) {}

  public Units units() {
    long province = fixtures.province("Tỉnh phong trào");
    long district = fixtures.unit(province, "LĐLĐ huyện phong trào", "DISTRICT");
    long factoryA = fixtures.grassroots(district, "Công đoàn Công ty May A");
    long factoryB = fixtures.grassroots(district, "Công đoàn Công ty Điện B");
    long school = fixtures.grassroots(district, "Công đoàn Trường Tiểu học C");
    long enterprises = sector("DN");
    long schools = sector("TH");
    placeInSector(factoryA, enterprises);
    placeInSector(factoryB, enterprises);
    placeInSector(school, schools);
    long cluster =
        jdbc.sql(
                "insert into emulation_cluster (name, year, organiser_id)"
                    + " values (:name, :year, :organiser) returning id")
            .param("name", "Cụm doanh nghiệp " + district)
            .param("year", start().getYear())
            .param("organiser", district)
            .query(Long.class)
            .single();
    for (long member : new long[] {factoryA, factoryB}) {
      jdbc.sql(
              "insert into emulation_cluster_member (cluster_id, unit_id, year)"
                  + " values (:cluster, :unit, :year)")
          .param("cluster", cluster)
          .param("unit", member)
          .param("year", start().getYear())
          .update();
    }
    return new Units(province, district, factoryA, factoryB, school, cluster, schools, enterprises);
  }

  static LocalDate start() {
    return LocalDate.now().minusDays(10);
  }

  static LocalDate end() {
    return LocalDate.now().plusDays(200);
  }

  static LocalDate secondPhaseStart() {
    return LocalDate.now().plusDays(91);
  }

  /**
   * A complete movement as JSON: two phases, three criteria, the whole subtree, a pilot unit and a
   * name of its own for schools.
   */
  static String completeJson(Units units, String name) {
    return """
        {"organiserId": %d, "kind": "REGULAR", "name": "%s",
         "theme": "Lao động giỏi, lao động sáng tạo",
         "startsOn": "%s", "endsOn": "%s", "registrationDeadline": "%s",
         "phases": [
           {"theme": "Thi đua chào mừng Đại hội Công đoàn các cấp", "startsOn": "%s", "endsOn": "%s"},
           {"theme": "Hoàn thành thắng lợi nhiệm vụ năm", "startsOn": "%s", "endsOn": "%s"}],
         "objectives": ["Nâng cao năng suất lao động", "Khuyến khích sáng kiến"],
         "criteria": [
           {"name": "Sáng kiến được công nhận", "unitOfMeasure": "sáng kiến", "measure": "NUMERIC",
            "direction": "HIGHER", "target": 10, "weight": 50},
           {"name": "Tai nạn lao động", "unitOfMeasure": "vụ", "measure": "NUMERIC",
            "direction": "LOWER", "target": 0, "weight": 30},
           {"name": "Ký thỏa ước lao động tập thể", "measure": "YES_NO", "weight": 20}],
         "titles": ["LDG", "CSTDCS", "CDCS_HTXS"],
         "participation": {"wholeSubtree": true},
         "pilotUnitIds": [%d],
         "sectorVariants": [{"sectorId": %d, "name": "Hai tốt"}]}
        """
        .formatted(
            units.district(),
            name,
            start(),
            end(),
            LocalDate.now().plusDays(20),
            start(),
            secondPhaseStart().minusDays(1),
            secondPhaseStart(),
            end(),
            units.factoryA(),
            units.schools());
  }

  long reportId(long movementId, long phaseId, long unitId) {
    return jdbc.sql(
            "select id from progress_report"
                + " where movement_id = :movement and phase_id = :phase and unit_id = :unit")
        .param("movement", movementId)
        .param("phase", phaseId)
        .param("unit", unitId)
        .query(Long.class)
        .single();
  }

  long adjustmentId(long phaseId, long unitId) {
    return jdbc.sql("select id from score_adjustment where phase_id = :phase and unit_id = :unit")
        .param("phase", phaseId)
        .param("unit", unitId)
        .query(Long.class)
        .single();
  }

  private long sector(String code) {
    return jdbc.sql("select id from sector where code = :code")
        .param("code", code)
        .query(Long.class)
        .single();
  }

  private void placeInSector(long unit, long sector) {
    jdbc.sql("update org_unit set sector_id = :sector where id = :unit")
        .param("sector", sector)
        .param("unit", unit)
        .update();
  }
}
