package vn.thidua.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.thidua.shared.security.Role;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

@IntegrationTest
class ProgressApiTests {

  @Autowired MockMvcTester mvc;
  @Autowired MovementWorld world;
  @Autowired RecordedChanges changes;

  MovementWorld.Units units;
  MovementView movement;
  long firstPhase;
  long secondPhase;

  @BeforeEach
  void world() {
    units = world.units();
    movement =
        world.launched(
            units,
            "Phong trào tiến độ " + UUID.randomUUID().toString().substring(0, 8),
            LocalDate.now().plusDays(20));
    firstPhase = movement.phases().get(0).id();
    secondPhase = movement.phases().get(1).id();
  }

  @Test
  void aUnitReportsAndTheOrganiserSeesTheShareOfTheTarget() {
    assertThat(report(units.factoryA(), firstPhase, values("8", "1", "1"), units.factoryA()))
        .hasStatusOk()
        .bodyJson()
        .satisfies(
            body -> {
              body.assertThat()
                  .extractingPath("$.lines[0].value")
                  .asNumber()
                  .satisfies(n -> assertThat(n.doubleValue()).isEqualTo(8.0));
              body.assertThat()
                  .extractingPath("$.lines[0].percentOfTarget")
                  .asNumber()
                  .satisfies(n -> assertThat(n.doubleValue()).isEqualTo(80.0));
              body.assertThat().extractingPath("$.lines[1].met").isEqualTo(false);
              body.assertThat().extractingPath("$.lines[2].met").isEqualTo(true);
            });
    report(units.factoryB(), firstPhase, values("14", "0", "0"), units.factoryB());

    assertThat(
            mvc.get()
                .uri("/api/movements/{m}/phases/{p}/achievement", movement.id(), firstPhase)
                .with(Users.as(Role.VIEWER, units.district())))
        .hasStatusOk()
        .bodyJson()
        .satisfies(
            body -> {
              body.assertThat().extractingPath("$.rows.length()").asNumber().isEqualTo(3);
              body.assertThat()
                  .extractingPath("$.totals[0].value")
                  .asNumber()
                  .satisfies(n -> assertThat(n.doubleValue()).isEqualTo(22.0));
              body.assertThat()
                  .extractingPath("$.totals[0].target")
                  .asNumber()
                  .satisfies(n -> assertThat(n.doubleValue()).isEqualTo(30.0));
              body.assertThat()
                  .extractingPath("$.totals[0].percentOfTarget")
                  .asNumber()
                  .satisfies(n -> assertThat(n.doubleValue()).isEqualTo(73.3));
              body.assertThat().extractingPath("$.totals[0].reportedUnits").asNumber().isEqualTo(2);
              body.assertThat().extractingPath("$.totals[2].metUnits").asNumber().isEqualTo(1);
            });
  }

  @Test
  void aCorrectionCarriesTheVersionItWasMadeOn() {
    MvcTestResult first = report(units.school(), firstPhase, values("3", "0", "1"), units.school());
    assertThat(first).hasStatusOk().bodyJson().extractingPath("$.version").asNumber().isEqualTo(0);

    assertThat(
            report(
                units.school(),
                firstPhase,
                values("4", "0", "1").replace("]}", "], \"version\": 0}"),
                units.school()))
        .hasStatusOk();
    assertThat(
            report(
                units.school(),
                firstPhase,
                values("5", "0", "1").replace("]}", "], \"version\": 0}"),
                units.school()))
        .hasStatus(HttpStatus.CONFLICT);
    assertThat(
            changes.actionsOn(
                "ProgressReport", world.reportId(movement.id(), firstPhase, units.school())))
        .containsExactly("CREATE", "UPDATE");
  }

  @Test
  void refusesAReportBeforeThePhaseBegins() {
    assertThat(report(units.factoryA(), secondPhase, values("8", "1", "1"), units.factoryA()))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .startsWith("Đợt 2 bắt đầu từ ngày");
  }

  @Test
  void refusesAReportForAUnitThatDoesNotTakePart() {
    long newcomer = world.units().district();
    assertThat(report(units.district(), firstPhase, values("1", "0", "1"), units.district()))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .contains("không tham gia phong trào");
    assertThat(report(newcomer, firstPhase, values("1", "0", "1"), units.district()))
        .hasStatus(HttpStatus.NOT_FOUND);
  }

  @Test
  void refusesAYesNoValueOtherThanYesOrNo() {
    assertThat(report(units.factoryA(), firstPhase, values("8", "1", "2"), units.factoryA()))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .contains("chỉ nhận Có (1) hoặc Không (0)");
  }

  @Test
  void aParticipantCannotSeeTheWholeTableNorAnotherUnitsReport() {
    report(units.factoryA(), firstPhase, values("8", "1", "1"), units.factoryA());

    assertThat(
            mvc.get()
                .uri("/api/movements/{m}/phases/{p}/achievement", movement.id(), firstPhase)
                .with(Users.as(Role.OFFICER, units.factoryB())))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(
            mvc.get()
                .uri(
                    "/api/movements/{m}/phases/{p}/reports/{u}",
                    movement.id(),
                    firstPhase,
                    units.factoryA())
                .with(Users.as(Role.OFFICER, units.factoryB())))
        .hasStatus(HttpStatus.NOT_FOUND);
  }

  @Test
  void theReportPageSavesAndTheProgressPageShowsTotals() {
    long criterion = movement.criteria().get(0).id();
    assertThat(
            mvc.post()
                .uri(
                    "/movements/{m}/phases/{p}/units/{u}/report",
                    movement.id(),
                    firstPhase,
                    units.factoryA())
                .param("values[" + criterion + "]", "12")
                .param("notes[" + criterion + "]", "Quyết định công nhận số 45")
                .with(Users.as(Role.OFFICER, units.factoryA()))
                .with(csrf()))
        .hasStatus(HttpStatus.FOUND);
    assertThat(
            mvc.get()
                .uri("/movements/{m}/progress?phaseId={p}", movement.id(), firstPhase)
                .with(Users.as(Role.VIEWER, units.district())))
        .hasStatusOk()
        .bodyText()
        .contains("Công đoàn Công ty May A", "120,0 %", "1/3 đơn vị đã báo cáo", "Chưa báo cáo");
  }

  private String values(String initiatives, String accidents, String agreement) {
    return """
        {"values": [{"criterionId": %d, "value": %s}, {"criterionId": %d, "value": %s},
                    {"criterionId": %d, "value": %s}]}
        """
        .formatted(
            movement.criteria().get(0).id(),
            initiatives,
            movement.criteria().get(1).id(),
            accidents,
            movement.criteria().get(2).id(),
            agreement)
        .strip();
  }

  private MvcTestResult report(long unit, long phase, String body, long officerOf) {
    return mvc.put()
        .uri("/api/movements/{m}/phases/{p}/reports/{u}", movement.id(), phase, unit)
        .with(Users.as(Role.OFFICER, officerOf))
        .contentType(MediaType.APPLICATION_JSON)
        .content(body)
        .exchange();
  }
}
