package vn.thidua.movement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.ObjectMapper;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.time.Dates;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

@IntegrationTest
class RegistrationApiTests {

  @Autowired MockMvcTester mvc;
  @Autowired MovementWorld world;
  @Autowired ObjectMapper json;
  @Autowired RecordedChanges changes;
  @Autowired JdbcClient jdbc;

  MovementWorld.Units units;
  MovementView movement;

  @BeforeEach
  void world() {
    units = world.units();
    movement =
        world.launched(
            units,
            "Phong trào đăng ký " + UUID.randomUUID().toString().substring(0, 8),
            LocalDate.now().plusDays(20));
  }

  @Test
  void registersSubmitsAndIsApprovedWhileTheBoardCounts() {
    long id = register(units.factoryA(), Role.OFFICER, pledge(units.factoryA()));

    assertThat(board())
        .bodyJson()
        .satisfies(
            body -> {
              body.assertThat().extractingPath("$.counts.participants").asNumber().isEqualTo(3);
              body.assertThat().extractingPath("$.counts.notRegistered").asNumber().isEqualTo(3);
              body.assertThat().extractingPath("$.counts.waiting").asNumber().isEqualTo(0);
            });
    assertThat(step(id, "submit", units.factoryA(), "{\"version\": 0}"))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.status")
        .isEqualTo("SUBMITTED");
    assertThat(board()).bodyJson().extractingPath("$.counts.waiting").asNumber().isEqualTo(1);
    assertThat(step(id, "approve", units.district(), "{\"version\": 1}"))
        .hasStatusOk()
        .bodyJson()
        .satisfies(
            body -> {
              body.assertThat().extractingPath("$.status").isEqualTo("APPROVED");
              body.assertThat()
                  .extractingPath("$.targets[0].pledged")
                  .asNumber()
                  .satisfies(n -> assertThat(n.doubleValue()).isEqualTo(12.0));
              body.assertThat().extractingPath("$.people[0].fullName").isEqualTo("Nguyễn Thị Hoa");
            });
    assertThat(board())
        .bodyJson()
        .satisfies(
            body -> {
              body.assertThat().extractingPath("$.counts.approved").asNumber().isEqualTo(1);
              body.assertThat().extractingPath("$.counts.notRegistered").asNumber().isEqualTo(2);
            });
    assertThat(changes.actionsOn("Registration", id))
        .containsExactly("CREATE", "SUBMIT", "APPROVE");
  }

  @Test
  void returnsAndRejectsOnlyWithAReason() {
    long id = register(units.factoryB(), Role.OFFICER, pledge(units.factoryB()));
    step(id, "submit", units.factoryB(), "{\"version\": 0}");

    assertThat(step(id, "return", units.district(), "{\"version\": 1}"))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyJson()
        .extractingPath("$.detail")
        .isEqualTo("Cần ghi rõ lý do khi không duyệt hoặc trả lại bản đăng ký.");
    assertThat(
            step(
                id,
                "return",
                units.district(),
                "{\"version\": 1, \"reason\": \"Bổ sung danh sách cá nhân\"}"))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.status")
        .isEqualTo("RETURNED");
    assertThat(step(id, "approve", units.district(), "{\"version\": 2}"))
        .hasStatus(HttpStatus.CONFLICT)
        .bodyJson()
        .extractingPath("$.detail")
        .isEqualTo("Không thể chuyển từ trạng thái “Trả lại để sửa” sang “Đã duyệt”.");
  }

  @Test
  void aUnitCannotReviewItsOwnRegistration() {
    long id = register(units.factoryA(), Role.OFFICER, pledge(units.factoryA()));
    step(id, "submit", units.factoryA(), "{\"version\": 0}");

    assertThat(step(id, "approve", units.factoryA(), "{\"version\": 1}"))
        .hasStatus(HttpStatus.FORBIDDEN);
  }

  @Test
  void aGrassrootsOfficerCannotSeeAnotherUnitsRegistration() {
    long id = register(units.factoryA(), Role.OFFICER, pledge(units.factoryA()));

    assertThat(
            mvc.get()
                .uri("/api/registrations/{id}", id)
                .with(Users.as(Role.OFFICER, units.factoryB())))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(
            mvc.get()
                .uri("/api/movements/{id}/registrations", movement.id())
                .with(Users.as(Role.OFFICER, units.factoryB())))
        .hasStatus(HttpStatus.FORBIDDEN);
  }

  @Test
  void refusesARegistrationAfterTheDeadlineUnlessTheOrganiserAcceptsIt() {
    MovementView closed =
        world.launched(
            units,
            "Phong trào hết hạn " + UUID.randomUUID().toString().substring(0, 8),
            LocalDate.now().minusDays(1));

    assertThat(
            mvc.post()
                .uri("/api/movements/{id}/registrations", closed.id())
                .with(Users.as(Role.OFFICER, units.school()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(pledgeFor(closed, units.school())))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .startsWith("Đã hết hạn đăng ký thi đua (hạn cuối ")
        .contains(Dates.format(LocalDate.now().minusDays(1)));

    MvcTestResult late =
        mvc.post()
            .uri("/api/movements/{id}/registrations", closed.id())
            .with(Users.as(Role.OFFICER, units.district()))
            .contentType(MediaType.APPLICATION_JSON)
            .content(pledgeFor(closed, units.school()))
            .exchange();
    assertThat(late).hasStatus(HttpStatus.CREATED);
    long id = json.readTree(late.getResponse().getContentAsByteArray()).get("id").asLong();
    assertThat(step(id, "submit", units.district(), "{\"version\": 0}"))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.late")
        .isEqualTo(true);
  }

  @Test
  void refusesAUnitThatDoesNotTakePartAndASecondRegistration() {
    long outsider = world.units().factoryA();
    assertThat(
            mvc.post()
                .uri("/api/movements/{id}/registrations", movement.id())
                .with(Users.as(Role.OFFICER, outsider))
                .contentType(MediaType.APPLICATION_JSON)
                .content(pledge(outsider)))
        .hasStatus(HttpStatus.NOT_FOUND);

    register(units.school(), Role.OFFICER, pledge(units.school()));
    assertThat(
            mvc.post()
                .uri("/api/movements/{id}/registrations", movement.id())
                .with(Users.as(Role.OFFICER, units.school()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(pledge(units.school())))
        .hasStatus(HttpStatus.CONFLICT)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .contains("đã có bản đăng ký");
  }

  @Test
  void refusesAPersonWhoWorksInAnotherUnit() {
    long elsewhere = world.worker(units.factoryB(), "Trần Văn Bình");
    String body =
        """
        {"unitId": %d, "people": [{"personId": %d, "titleCode": "LDG"}]}
        """
            .formatted(units.factoryA(), elsewhere);

    assertThat(
            mvc.post()
                .uri("/api/movements/{id}/registrations", movement.id())
                .with(Users.as(Role.OFFICER, units.factoryA()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .contains("không thuộc Công đoàn Công ty May A");
  }

  @Test
  void refusesATitleForIndividualsAsTheUnitsOwnAndSavesNothing() {
    String body =
        """
        {"unitId": %d, "titles": ["LDG"]}
        """
            .formatted(units.factoryA());

    assertThat(
            mvc.post()
                .uri("/api/movements/{id}/registrations", movement.id())
                .with(Users.as(Role.OFFICER, units.factoryA()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(body))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .contains("“Lao động giỏi” không xét cho tập thể");
    assertThat(
            jdbc.sql("select count(*) from registration where movement_id = :m and unit_id = :u")
                .param("m", movement.id())
                .param("u", units.factoryA())
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void refusesATargetOfTheWrongType() {
    String yesNoAsNumber =
        """
        {"unitId": %d, "targets": [{"criterionId": %d, "target": 3}]}
        """
            .formatted(units.factoryA(), movement.criteria().get(2).id());

    assertThat(
            mvc.post()
                .uri("/api/movements/{id}/registrations", movement.id())
                .with(Users.as(Role.OFFICER, units.factoryA()))
                .contentType(MediaType.APPLICATION_JSON)
                .content(yesNoAsNumber))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .contains("là tiêu chí Có/Không");
  }

  private String pledge(long unit) {
    return pledgeFor(movement, unit);
  }

  private String pledgeFor(MovementView movement, long unit) {
    return """
        {"unitId": %d,
         "targets": [{"criterionId": %d, "target": 12}, {"criterionId": %d, "target": 0}],
         "titles": ["CDCS_HTXS"],
         "people": [{"personId": %d, "titleCode": "CSTDCS"}]}
        """
        .formatted(
            unit,
            movement.criteria().get(0).id(),
            movement.criteria().get(1).id(),
            world.worker(unit, "Nguyễn Thị Hoa"));
  }

  private long register(long unit, Role role, String body) {
    MvcTestResult result =
        mvc.post()
            .uri("/api/movements/{id}/registrations", movement.id())
            .with(Users.as(role, unit))
            .contentType(MediaType.APPLICATION_JSON)
            .content(body)
            .exchange();
    assertThat(result).hasStatus(HttpStatus.CREATED);
    return json.readTree(result.getResponse().getContentAsByteArray()).get("id").asLong();
  }

  private MvcTestResult step(long id, String step, long unit, String body) {
    return mvc.post()
        .uri("/api/registrations/{id}/{step}", id, step)
        .with(Users.as(Role.OFFICER, unit))
        .contentType(MediaType.APPLICATION_JSON)
        .content(body)
        .exchange();
  }

  private MvcTestResult board() {
    return mvc.get()
        .uri("/api/movements/{id}/registrations", movement.id())
        .with(Users.as(Role.VIEWER, units.district()))
        .exchange();
  }
}
