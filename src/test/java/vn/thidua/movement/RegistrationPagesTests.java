package vn.thidua.movement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.thidua.shared.security.Role;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

@IntegrationTest
class RegistrationPagesTests {

  @Autowired MockMvcTester mvc;
  @Autowired MovementWorld world;
  @Autowired JdbcClient jdbc;

  MovementWorld.Units units;
  MovementView movement;

  @BeforeEach
  void world() {
    units = world.units();
    movement =
        world.launched(
            units,
            "Phong trào trang đăng ký " + UUID.randomUUID().toString().substring(0, 8),
            LocalDate.now().plusDays(20));
  }

  @Test
  void registersAndSubmitsThroughTheForm() {
    assertThat(
            mvc.get()
                .uri(registrationPage(units.factoryA()))
                .with(Users.as(Role.OFFICER, units.factoryA())))
        .hasStatusOk()
        .bodyText()
        .contains("Chỉ tiêu đăng ký", "Sáng kiến được công nhận", "Gửi duyệt");

    assertThat(fill(units.factoryA()).param("action", "submit")).hasStatus(HttpStatus.FOUND);

    assertThat(
            mvc.get()
                .uri(registrationPage(units.factoryA()))
                .with(Users.as(Role.OFFICER, units.factoryA())))
        .hasStatusOk()
        .bodyText()
        .contains("Chờ duyệt", "Công đoàn cơ sở hoàn thành xuất sắc nhiệm vụ")
        .doesNotContain("name=\"targets[");
  }

  @Test
  void keepsWhatWasTypedWhenSubmittingTooEarly() {
    assertThat(
            mvc.post()
                .uri(registrationPage(units.factoryB()))
                .param("targets[" + movement.criteria().get(0).id() + "]", "37")
                .param("action", "submit")
                .with(Users.as(Role.OFFICER, units.factoryB()))
                .with(csrf()))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyText()
        .contains("cần đăng ký chỉ tiêu cho các tiêu chí: Tai nạn lao động", "value=\"37\"");
  }

  @Test
  void findsWorkersByNameAndAddsThemWithATitle() {
    long worker = world.worker(units.school(), "Lê Thị Thu Trang");
    assertThat(
            mvc.get()
                .uri("/movements/{m}/units/{u}/people?q=thu trang", movement.id(), units.school())
                .header("HX-Request", "true")
                .with(Users.as(Role.OFFICER, units.school())))
        .hasStatusOk()
        .bodyText()
        .contains("Lê Thị Thu Trang", "value=\"" + worker + "\"");

    assertThat(
            mvc.post()
                .uri(registrationPage(units.school()))
                .param("action", "addPeople")
                .param("addPersonIds", String.valueOf(worker))
                .param("addTitle", "CSTDCS")
                .with(Users.as(Role.OFFICER, units.school()))
                .with(csrf()))
        .hasStatusOk()
        .bodyText()
        .contains("Lê Thị Thu Trang", "name=\"people[0].personId\" value=\"" + worker + "\"");
    assertThat(
            jdbc.sql("select count(*) from registration where movement_id = :m")
                .param("m", movement.id())
                .query(Long.class)
                .single())
        .isZero();

    assertThat(
            fill(units.school())
                .param("people[0].personId", String.valueOf(worker))
                .param("people[0].titleCode", "CSTDCS"))
        .hasStatus(HttpStatus.FOUND);
    assertThat(
            jdbc.sql(
                    "select full_name from registration_person p join registration r"
                        + " on r.id = p.registration_id where r.movement_id = :m")
                .param("m", movement.id())
                .query(String.class)
                .list())
        .containsExactly("Lê Thị Thu Trang");
  }

  @Test
  void theOrganiserReturnsARegistrationWithAReasonAndTheBoardCountsIt() {
    assertThat(fill(units.factoryA()).param("action", "submit")).hasStatus(HttpStatus.FOUND);
    long id =
        jdbc.sql("select id from registration where movement_id = :m and unit_id = :u")
            .param("m", movement.id())
            .param("u", units.factoryA())
            .query(Long.class)
            .single();

    assertThat(
            mvc.post()
                .uri("/registrations/{id}/review", id)
                .param("action", "return")
                .param("version", "1")
                .with(Users.as(Role.OFFICER, units.district()))
                .with(csrf()))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyText()
        .contains("Cần ghi rõ lý do");
    assertThat(
            mvc.post()
                .uri("/registrations/{id}/review", id)
                .param("action", "return")
                .param("reason", "Bổ sung chỉ tiêu an toàn lao động")
                .param("version", "1")
                .with(Users.as(Role.OFFICER, units.district()))
                .with(csrf()))
        .hasStatus(HttpStatus.FOUND);
    assertThat(
            mvc.get()
                .uri(registrationPage(units.factoryA()))
                .with(Users.as(Role.OFFICER, units.factoryA())))
        .bodyText()
        .contains("Trả lại để sửa", "Bổ sung chỉ tiêu an toàn lao động", "Gửi duyệt");
    assertThat(
            mvc.get()
                .uri("/movements/{id}/registrations", movement.id())
                .with(Users.as(Role.VIEWER, units.district())))
        .hasStatusOk()
        .bodyText()
        .contains("Công đoàn Trường Tiểu học C", "Trả lại để sửa", "Chưa đăng ký");
  }

  @Test
  void aParticipantSeesItsOwnUnitOnTheMovementPage() {
    assertThat(
            mvc.get()
                .uri("/movements/{id}", movement.id())
                .with(Users.as(Role.OFFICER, units.school())))
        .hasStatusOk()
        .bodyText()
        .contains("Đơn vị của bạn", "Công đoàn Trường Tiểu học C")
        .doesNotContain("Công đoàn Công ty May A");
  }

  private String registrationPage(long unit) {
    return "/movements/" + movement.id() + "/units/" + unit + "/registration";
  }

  private MockMvcTester.MockMvcRequestBuilder fill(long unit) {
    return mvc.post()
        .uri(registrationPage(unit))
        .param("targets[" + movement.criteria().get(0).id() + "]", "12")
        .param("targets[" + movement.criteria().get(1).id() + "]", "0")
        .param("titles", "CDCS_HTXS")
        .with(Users.as(Role.OFFICER, unit))
        .with(csrf());
  }
}
