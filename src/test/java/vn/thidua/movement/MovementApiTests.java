package vn.thidua.movement;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.thidua.shared.security.Role;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

@IntegrationTest
class MovementApiTests {

  @Autowired MockMvcTester mvc;
  @Autowired MovementWorld world;
  @Autowired JdbcClient jdbc;
  @Autowired ObjectMapper json;
  @Autowired RecordedChanges changes;

  MovementWorld.Units units;
  String name;

  @BeforeEach
  void world() {
    units = world.units();
    name = "Phong trào thử " + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void draftsAndLaunchesAMovementWithTwoPhasesToTheUnitsBelow() {
    long id = draft(MovementWorld.completeJson(units, name));

    assertThat(launch(id, 0))
        .hasStatusOk()
        .bodyJson()
        .satisfies(
            body -> {
              body.assertThat().extractingPath("$.status").isEqualTo("LAUNCHED");
              body.assertThat().extractingPath("$.participantCount").asNumber().isEqualTo(3);
              body.assertThat().extractingPath("$.phases.length()").asNumber().isEqualTo(2);
              body.assertThat()
                  .extractingPath("$.phases[1].startsOn")
                  .isEqualTo(MovementWorld.secondPhaseStart().toString());
            });
    assertThat(
            mvc.get()
                .uri("/api/movements/{id}/participants", id)
                .with(Users.as(Role.VIEWER, units.district())))
        .hasStatusOk()
        .bodyJson()
        .satisfies(
            body -> {
              body.assertThat().extractingPath("$.length()").asNumber().isEqualTo(3);
              body.assertThat()
                  .extractingPath("$[?(@.unitId == %d)].clusterName".formatted(units.factoryA()))
                  .asArray()
                  .containsExactly("Cụm doanh nghiệp " + units.district());
              body.assertThat()
                  .extractingPath("$[?(@.unitId == %d)].pilot".formatted(units.factoryA()))
                  .asArray()
                  .containsExactly(true);
            });
    assertThat(
            mvc.get()
                .uri("/api/units/{id}/movements", units.school())
                .with(Users.as(Role.OFFICER, units.school())))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$[0].name")
        .isEqualTo("Hai tốt");
  }

  @Test
  void refusesToLaunchNamingWhatIsMissing() {
    long id =
        draft(
            """
            {"organiserId": %d, "kind": "CAMPAIGN", "name": "%s"}
            """
                .formatted(units.district(), name));

    assertThat(launch(id, 0))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyJson()
        .extractingPath("$.detail")
        .isEqualTo(
            "Chưa thể phát động phong trào, còn thiếu: thời gian (ngày bắt đầu, ngày kết thúc,"
                + " hạn đăng ký), các đợt thi đua, mục tiêu, tiêu chí, đơn vị tham gia.");
    assertThat(status(id)).isEqualTo("DRAFT");
  }

  @Test
  void refusesWeightsThatDoNotAddUpToAHundred() {
    long id =
        draft(MovementWorld.completeJson(units, name).replace("\"weight\": 50", "\"weight\": 45"));

    assertThat(launch(id, 0))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .contains("Tổng trọng số các tiêu chí phải bằng 100 (hiện là 95)");
  }

  @Test
  void refusesOverlappingPhasesAndSavesNothing() {
    String overlapping =
        MovementWorld.completeJson(units, name)
            .replace(
                "\"startsOn\": \"%s\", \"endsOn\": \"%s\"}]"
                    .formatted(MovementWorld.secondPhaseStart(), MovementWorld.end()),
                "\"startsOn\": \"%s\", \"endsOn\": \"%s\"}]"
                    .formatted(MovementWorld.start().plusDays(5), MovementWorld.end()));

    assertThat(post(overlapping, Role.OFFICER, units.district()))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .contains("trùng thời gian");
    assertThat(
            jdbc.sql("select count(*) from movement where name = :name")
                .param("name", name)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void leadsToHonoursOfTheCatalogueShownByName() {
    long id = draft(MovementWorld.completeJson(units, name));

    assertThat(
            mvc.get().uri("/api/movements/{id}", id).with(Users.as(Role.OFFICER, units.district())))
        .hasStatusOk()
        .bodyJson()
        .satisfies(
            body -> {
              body.assertThat()
                  .extractingPath("$.titles[*].code")
                  .asArray()
                  .containsExactly("LDG", "CSTDCS", "CDCS_HTXS");
              body.assertThat()
                  .extractingPath("$.titles[2].name")
                  .isEqualTo("Công đoàn cơ sở hoàn thành xuất sắc nhiệm vụ");
            });
  }

  @Test
  void refusesATitleThatIsNotInTheCatalogueAndSavesNothing() {
    String freeTitle =
        MovementWorld.completeJson(units, name).replace("\"CDCS_HTXS\"", "\"Công đoàn vững mạnh\"");

    assertThat(post(freeTitle, Role.OFFICER, units.district()))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .contains("“Công đoàn vững mạnh” không phải danh hiệu");
    assertThat(
            jdbc.sql("select count(*) from movement where name = :name")
                .param("name", name)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void theSecondOfTwoEditsOfTheSameVersionGetsAConflict() {
    long id = draft(MovementWorld.completeJson(units, name));
    String edit =
        MovementWorld.completeJson(units, name + " (sửa)").replaceFirst("\\{", "{\"version\": 0, ");

    assertThat(put(id, edit)).hasStatusOk().bodyJson().extractingPath("$.version").isEqualTo(1);
    assertThat(put(id, edit))
        .hasStatus(HttpStatus.CONFLICT)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .contains("vừa được người khác thay đổi");
  }

  @Test
  void aGrassrootsUnionCannotLaunchAMovement() {
    assertThat(
            post(
                """
                {"organiserId": %d, "kind": "REGULAR", "name": "%s"}
                """
                    .formatted(units.factoryA(), name),
                Role.OFFICER,
                units.factoryA()))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .contains("là Công đoàn cơ sở");
  }

  @Test
  void participantsSeeALaunchedMovementButNotADraft() {
    long id = draft(MovementWorld.completeJson(units, name));

    assertThat(
            mvc.get().uri("/api/movements/{id}", id).with(Users.as(Role.OFFICER, units.factoryB())))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(launch(id, 0)).hasStatusOk();
    assertThat(
            mvc.get()
                .uri("/api/movements?q={q}", name.toLowerCase())
                .with(Users.as(Role.OFFICER, units.factoryB())))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.items[*].id")
        .asArray()
        .containsExactly(Math.toIntExact(id));
    assertThat(
            mvc.get()
                .uri("/api/movements/{id}/participants", id)
                .with(Users.as(Role.OFFICER, units.factoryB())))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(
            mvc.get()
                .uri("/api/movements/{id}", id)
                .with(Users.as(Role.OFFICER, world.units().province())))
        .hasStatus(HttpStatus.NOT_FOUND);
  }

  @Test
  void aViewerOfTheOrganiserCannotLaunch() {
    long id = draft(MovementWorld.completeJson(units, name));

    assertThat(
            mvc.post()
                .uri("/api/movements/{id}/launch", id)
                .with(Users.as(Role.VIEWER, units.district()))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": 0}"))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(status(id)).isEqualTo("DRAFT");
  }

  @Test
  void refusesAChosenUnitOutsideTheOrganiser() {
    long elsewhere = world.units().factoryA();
    String body =
        MovementWorld.completeJson(units, name)
            .replace("\"wholeSubtree\": true", "\"unitIds\": [%d]".formatted(elsewhere));

    assertThat(post(body, Role.OFFICER, units.province()))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .contains("không trực thuộc");
  }

  @Test
  void participatesBySectorAndCluster() {
    String body =
        MovementWorld.completeJson(units, name)
            .replace(
                "\"wholeSubtree\": true",
                "\"sectorIds\": [%d], \"clusterIds\": []".formatted(units.schools()))
            .replace("\"pilotUnitIds\": [%d]".formatted(units.factoryA()), "\"pilotUnitIds\": []");
    long bySector = draft(body);
    assertThat(launch(bySector, 0))
        .bodyJson()
        .extractingPath("$.participantCount")
        .asNumber()
        .isEqualTo(1);

    long byCluster =
        draft(
            body.replace(name, name + " cụm")
                .replace(
                    "\"sectorIds\": [%d], \"clusterIds\": []".formatted(units.schools()),
                    "\"clusterIds\": [%d]".formatted(units.cluster())));
    assertThat(launch(byCluster, 0))
        .bodyJson()
        .extractingPath("$.participantCount")
        .asNumber()
        .isEqualTo(2);
  }

  @Test
  void discardsADraftButNotALaunchedMovement() {
    long draft = draft(MovementWorld.completeJson(units, name));
    long launched = draft(MovementWorld.completeJson(units, name + " 2"));
    assertThat(launch(launched, 0)).hasStatusOk();

    assertThat(
            mvc.delete()
                .uri("/api/movements/{id}?version=0", draft)
                .with(Users.as(Role.OFFICER, units.district())))
        .hasStatus(HttpStatus.NO_CONTENT);
    assertThat(
            mvc.delete()
                .uri("/api/movements/{id}?version=1", launched)
                .with(Users.as(Role.OFFICER, units.district())))
        .hasStatus(HttpStatus.CONFLICT);
    assertThat(changes.actionsOn("Movement", launched)).containsExactly("CREATE", "LAUNCH");
    assertThat(changes.actionsOn("Movement", draft)).containsExactly("CREATE", "DELETE");
  }

  private long draft(String body) {
    MvcTestResult result = post(body, Role.OFFICER, units.district());
    assertThat(result).hasStatus(HttpStatus.CREATED);
    JsonNode created = json.readTree(result.getResponse().getContentAsByteArray());
    return created.get("id").asLong();
  }

  private MvcTestResult post(String body, Role role, long unit) {
    return mvc.post()
        .uri("/api/movements")
        .with(Users.as(role, unit))
        .contentType(MediaType.APPLICATION_JSON)
        .content(body)
        .exchange();
  }

  private MvcTestResult put(long id, String body) {
    return mvc.put()
        .uri("/api/movements/{id}", id)
        .with(Users.as(Role.OFFICER, units.district()))
        .contentType(MediaType.APPLICATION_JSON)
        .content(body)
        .exchange();
  }

  private MvcTestResult launch(long id, int version) {
    return mvc.post()
        .uri("/api/movements/{id}/launch", id)
        .with(Users.as(Role.OFFICER, units.district()))
        .contentType(MediaType.APPLICATION_JSON)
        .content("{\"version\": %d}".formatted(version))
        .exchange();
  }

  private String status(long id) {
    return jdbc.sql("select status from movement where id = :id")
        .param("id", id)
        .query(String.class)
        .single();
  }
}
