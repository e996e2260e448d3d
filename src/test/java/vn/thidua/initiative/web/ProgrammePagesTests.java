package vn.thidua.initiative.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.thidua.shared.security.Role;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

@IntegrationTest
class ProgrammePagesTests {

  @Autowired MockMvcTester mvc;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;

  long province;
  long district;
  long factory;

  @BeforeEach
  void units() {
    province = fixtures.province("LĐLĐ tỉnh trang chương trình");
    district = fixtures.unit(province, "LĐLĐ huyện trang chương trình", "DISTRICT");
    factory = fixtures.grassroots(district, "Công đoàn Nhà máy trang chương trình");
  }

  long launch(boolean publicBoard) {
    var request =
        mvc.post()
            .uri("/initiatives/programmes/new")
            .with(Users.as(Role.OFFICER, province))
            .with(csrf())
            .param("unitId", String.valueOf(province))
            .param("name", "Phong trào sáng kiến 2024")
            .param("startsOn", "01/01/2024")
            .param("endsOn", "31/12/2024")
            .param("target", "1.500")
            .param("window0Name", "Đợt 1, năm 2024")
            .param("window0Opens", "01/01/2024")
            .param("window0Closes", "30/06/2024");
    if (publicBoard) {
      request = request.param("publicBoard", "true");
    }
    assertThat(request).hasStatus(HttpStatus.FOUND);
    return jdbc.sql("select max(id) from initiative_programme where unit_id = :u")
        .param("u", province)
        .query(Long.class)
        .single();
  }

  @Test
  void launchesAProgrammeAndHandsATargetDownFromItsPage() {
    long programme = launch(false);

    assertThat(
            mvc.get()
                .uri("/initiatives/programmes/{id}", programme)
                .with(Users.as(Role.OFFICER, province)))
        .hasStatusOk()
        .bodyText()
        .contains(
            "Phong trào sáng kiến 2024",
            "Đợt 1, năm 2024: 01/01/2024 – 30/06/2024",
            "1.500",
            "Giao chỉ tiêu cho đơn vị trực thuộc",
            "Chỉ tiêu của LĐLĐ huyện trang chương trình");

    assertThat(
            mvc.post()
                .uri("/initiatives/programmes/{id}/targets", programme)
                .with(Users.as(Role.OFFICER, province))
                .with(csrf())
                .param("unitId", String.valueOf(district))
                .param("backTo", String.valueOf(province))
                .param("target", "mười"))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyText()
        .contains("Chỉ tiêu «mười» không phải là số nguyên.");
    assertThat(
            mvc.post()
                .uri("/initiatives/programmes/{id}/targets", programme)
                .with(Users.as(Role.OFFICER, province))
                .with(csrf())
                .param("unitId", String.valueOf(district))
                .param("backTo", String.valueOf(province))
                .param("target", "400"))
        .hasStatus(HttpStatus.FOUND);

    assertThat(
            mvc.get()
                .uri("/initiatives/programmes/{id}?unitId={u}", programme, district)
                .with(Users.as(Role.VIEWER, district)))
        .hasStatusOk()
        .bodyText()
        .contains("Kết quả của LĐLĐ huyện trang chương trình", "data-figure=\"target\">400<")
        .doesNotContain("Giao chỉ tiêu cho đơn vị trực thuộc");
    assertThat(
            mvc.get()
                .uri("/initiatives/programmes/{id}?unitId={u}&by=sectors", programme, district)
                .with(Users.as(Role.VIEWER, district)))
        .hasStatusOk()
        .bodyText()
        .contains("Theo khối", "Chưa có đơn vị nào có kết quả hoặc chỉ tiêu.");
  }

  @Test
  void refusesALaunchWithOverlappingWindowsAndKeepsTheForm() {
    assertThat(
            mvc.post()
                .uri("/initiatives/programmes/new")
                .with(Users.as(Role.OFFICER, province))
                .with(csrf())
                .param("unitId", String.valueOf(province))
                .param("name", "Chương trình chồng đợt")
                .param("startsOn", "01/01/2024")
                .param("endsOn", "31/12/2024")
                .param("target", "100")
                .param("window0Name", "Đợt A")
                .param("window0Opens", "01/01/2024")
                .param("window0Closes", "30/06/2024")
                .param("window1Name", "Đợt B")
                .param("window1Opens", "01/06/2024")
                .param("window1Closes", "31/12/2024"))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyText()
        .contains(
            "Đợt «Đợt A» và đợt «Đợt B» trùng thời gian.", "value=\"Chương trình chồng đợt\"");
  }

  @Test
  void showsAPublicLeaderboardWithoutSigningIn() {
    long open = launch(true);
    long closed = launch(false);

    assertThat(mvc.get().uri("/board/programmes/{id}", open))
        .hasStatusOk()
        .bodyText()
        .contains("Phong trào sáng kiến 2024", "Kết quả của LĐLĐ tỉnh trang chương trình")
        .doesNotContain("Đăng xuất");
    assertThat(mvc.get().uri("/board"))
        .hasStatusOk()
        .bodyText()
        .contains("Bảng xếp hạng phong trào sáng kiến");
    assertThat(mvc.get().uri("/board/programmes/{id}", closed)).hasStatus(HttpStatus.NOT_FOUND);
    assertThat(mvc.get().uri("/initiatives/programmes/{id}", open)).hasStatus(HttpStatus.FOUND);
  }

  @Test
  void servesAchievementOverTheApiOnlyWithinTheUsersUnits() {
    long programme = launch(false);
    assertThat(
            mvc.get()
                .uri("/api/programmes/{p}/units/{u}/achievement", programme, province)
                .with(Users.as(Role.VIEWER, province)))
        .hasStatusOk()
        .bodyJson()
        .satisfies(
            json -> {
              json.assertThat().extractingPath("$.target").asNumber().isEqualTo(1500);
              json.assertThat().extractingPath("$.recognised").asNumber().isEqualTo(0);
              json.assertThat().extractingPath("$.percent").asNumber().isEqualTo(0.0);
            });
    assertThat(
            mvc.get()
                .uri("/api/programmes/{p}/units/{u}/achievement", programme, province)
                .with(Users.as(Role.VIEWER, district)))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(
            mvc.put()
                .uri("/api/programmes/{p}/targets/{u}", programme, factory)
                .with(Users.as(Role.OFFICER, district))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"target\": 50}"))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .contains("chưa có chỉ tiêu nên chưa giao chỉ tiêu xuống được");
    assertThat(
            mvc.post()
                .uri("/api/programmes")
                .with(Users.as(Role.OFFICER, district))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    """
                    {"unitId": %d, "name": "X", "startsOn": "%s", "endsOn": "%s", "target": 5,
                     "windows": [{"name": "Đợt", "opensOn": "%s", "closesOn": "%s"}]}
                    """
                        .formatted(
                            province,
                            LocalDate.now(),
                            LocalDate.now(),
                            LocalDate.now(),
                            LocalDate.now())))
        .hasStatus(HttpStatus.NOT_FOUND);
  }
}
