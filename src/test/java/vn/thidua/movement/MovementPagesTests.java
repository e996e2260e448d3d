package vn.thidua.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.thidua.shared.security.Role;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

@IntegrationTest
class MovementPagesTests {

  @Autowired MockMvcTester mvc;
  @Autowired MovementWorld world;
  @Autowired JdbcClient jdbc;
  @Autowired Movements movements;

  MovementWorld.Units units;
  String name;

  @BeforeEach
  void world() {
    units = world.units();
    name = "Phong trào trang " + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void offersTheFormForTheOfficersUnit() {
    assertThat(
            mvc.get()
                .uri("/movements/new?organiserId={id}", units.district())
                .with(Users.as(Role.OFFICER, units.district())))
        .hasStatusOk()
        .bodyText()
        .contains("Phát động phong trào mới", "Đợt 1", "Tiêu chí 1", "Trường học");
  }

  @Test
  void addsAPhaseRowWithoutSaving() {
    assertThat(
            fill(mvc.post().uri("/movements"))
                .param("action", "addPhase")
                .with(Users.as(Role.OFFICER, units.district()))
                .with(csrf()))
        .hasStatusOk()
        .bodyText()
        .contains("Đợt 3", "value=\"" + name + "\"");
    assertThat(count(name)).isZero();
  }

  @Test
  void draftsThroughTheFormAndLaunchesFromTheMovementsPage() {
    MvcTestResult created =
        fill(mvc.post().uri("/movements"))
            .with(Users.as(Role.OFFICER, units.district()))
            .with(csrf())
            .exchange();
    assertThat(created).hasStatus(HttpStatus.FOUND);
    long id = idOf(name);

    assertThat(mvc.get().uri("/movements/{id}", id).with(Users.as(Role.OFFICER, units.district())))
        .hasStatusOk()
        .bodyText()
        .contains(name, "Bản nháp", "Thi đua chào mừng Đại hội", "Hai tốt", "1.500");

    assertThat(
            mvc.post()
                .uri("/movements/{id}/launch", id)
                .param("version", "0")
                .with(Users.as(Role.OFFICER, units.district()))
                .with(csrf()))
        .hasStatus(HttpStatus.FOUND);
    assertThat(
            mvc.get()
                .uri("/units/{id}/movements", units.school())
                .header("HX-Request", "true")
                .with(Users.as(Role.OFFICER, units.school())))
        .hasStatusOk()
        .bodyText()
        .contains("Hai tốt")
        .doesNotContain("<html");
  }

  @Test
  void keepsWhatWasTypedAndExplainsARefusal() {
    assertThat(
            fill(mvc.post().uri("/movements"), MovementWorld.start().plusDays(3))
                .with(Users.as(Role.OFFICER, units.district()))
                .with(csrf()))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyText()
        .contains("trùng thời gian", "value=\"" + name + "\"", "Hai tốt");
    assertThat(count(name)).isZero();
  }

  @Test
  void showsWhatIsMissingWhenLaunchingAnIncompleteDraft() {
    assertThat(
            mvc.post()
                .uri("/movements")
                .param("organiserId", String.valueOf(units.district()))
                .param("kind", "THEMATIC")
                .param("name", name)
                .with(Users.as(Role.OFFICER, units.district()))
                .with(csrf()))
        .hasStatus(HttpStatus.FOUND);
    assertThat(
            mvc.post()
                .uri("/movements/{id}/launch", idOf(name))
                .param("version", "0")
                .with(Users.as(Role.OFFICER, units.district()))
                .with(csrf()))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyText()
        .contains("còn thiếu: thời gian", "mục tiêu, tiêu chí, đơn vị tham gia");
  }

  @Test
  void aParticipantCannotEditTheMovement() {
    fill(mvc.post().uri("/movements"))
        .with(Users.as(Role.OFFICER, units.district()))
        .with(csrf())
        .exchange();
    long id = idOf(name);

    assertThat(
            mvc.get()
                .uri("/movements/{id}/edit", id)
                .with(Users.as(Role.OFFICER, units.factoryA())))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(
            mvc.get().uri("/movements/{id}/edit", id).with(Users.as(Role.VIEWER, units.district())))
        .hasStatus(HttpStatus.FORBIDDEN);
  }

  @Test
  void namesThePilotUnitsAndTheSectorsOwnName() {
    MovementView movement = world.launched(units, name, LocalDate.now().plusDays(20));
    String pilot =
        jdbc.sql("select name from org_unit where id = :id")
            .param("id", units.factoryA())
            .query(String.class)
            .single();
    Users.runAs(
        Users.user(Role.OFFICER, units.district()),
        () -> {
          long draft =
              movements.draft(
                  new MovementDraft(
                      units.district(),
                      MovementKind.REGULAR,
                      name + " 2",
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      new MovementDraft.Participation(false, List.of(units.schools()), null, null),
                      List.of(units.factoryA()),
                      List.of(new MovementDraft.SectorVariant(units.schools(), "Hai tốt")),
                      null));
          assertThat(
                  mvc.get()
                      .uri("/movements/{id}", draft)
                      .with(Users.as(Role.OFFICER, units.district())))
              .hasStatusOk()
              .bodyText()
              .contains("Đơn vị thi đua điểm:", pilot, "Công đoàn cơ sở khối Trường học")
              .contains("<strong>Hai tốt</strong>")
              .doesNotContain("null");
        });
    assertThat(movement.launched()).isTrue();
  }

  @Test
  void findsUnitsBelowTheOrganiserToChoose() {
    assertThat(
            mvc.get()
                .uri(
                    "/movements/candidates?organiserId={id}&q=truong tieu hoc c&name=unitIds",
                    units.district())
                .header("HX-Request", "true")
                .with(Users.as(Role.OFFICER, units.district())))
        .hasStatusOk()
        .bodyText()
        .contains("Công đoàn Trường Tiểu học C", "name=\"unitIds\"");
  }

  /** The whole form of the 2-phase movement, as a browser would send it. */
  private MockMvcTester.MockMvcRequestBuilder fill(MockMvcTester.MockMvcRequestBuilder request) {
    return fill(request, MovementWorld.secondPhaseStart());
  }

  private MockMvcTester.MockMvcRequestBuilder fill(
      MockMvcTester.MockMvcRequestBuilder request, LocalDate secondPhaseStart) {
    return request
        .param("organiserId", String.valueOf(units.district()))
        .param("kind", "REGULAR")
        .param("name", name)
        .param("theme", "Lao động giỏi, lao động sáng tạo")
        .param("startsOn", MovementWorld.start().toString())
        .param("endsOn", MovementWorld.end().toString())
        .param("registrationDeadline", LocalDate.now().plusDays(20).toString())
        .param("phases[0].theme", "Thi đua chào mừng Đại hội Công đoàn các cấp")
        .param("phases[0].startsOn", MovementWorld.start().toString())
        .param("phases[0].endsOn", MovementWorld.secondPhaseStart().minusDays(1).toString())
        .param("phases[1].theme", "Hoàn thành thắng lợi nhiệm vụ năm")
        .param("phases[1].startsOn", secondPhaseStart.toString())
        .param("phases[1].endsOn", MovementWorld.end().toString())
        .param("objectives", "Nâng cao năng suất lao động\nKhuyến khích sáng kiến")
        .param("criteria[0].name", "Sáng kiến được công nhận")
        .param("criteria[0].unitOfMeasure", "sáng kiến")
        .param("criteria[0].measure", "NUMERIC")
        .param("criteria[0].direction", "HIGHER")
        .param("criteria[0].target", "1500")
        .param("criteria[0].weight", "70")
        .param("criteria[1].name", "Ký thỏa ước lao động tập thể")
        .param("criteria[1].measure", "YES_NO")
        .param("criteria[1].direction", "HIGHER")
        .param("criteria[1].weight", "30")
        .param("titles", "LDG")
        .param("wholeSubtree", "true")
        .param("variants[" + units.schools() + "]", "Hai tốt");
  }

  private long count(String movementName) {
    return jdbc.sql("select count(*) from movement where name = :name")
        .param("name", movementName)
        .query(Long.class)
        .single();
  }

  private long idOf(String movementName) {
    return jdbc.sql("select id from movement where name = :name")
        .param("name", movementName)
        .query(Long.class)
        .single();
  }
}
