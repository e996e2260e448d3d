package vn.thidua.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.thidua.shared.security.Role;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

@IntegrationTest
class UnitPagesTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Fixtures fixtures;

  @Test
  void showsTheRollUpWithVietnameseNumbersAsOfADate() {
    long btl = code("HN-BTL");
    assertThat(
            mvc.get()
                .uri("/units/{id}?asOf=30/09/2020", btl)
                .with(Users.as(Role.VIEWER, code("HN"))))
        .hasStatusOk()
        .bodyText()
        .contains("Liên đoàn Lao động quận Bắc Từ Liêm", "9.815", "9.367", "248", "95,4 %")
        .contains("Trường Tiểu học Đông Ngạc A");
  }

  @Test
  void searchesUnitsAsAnHtmxFragment() {
    assertThat(
            mvc.get()
                .uri("/units?q=goldsun")
                .header("HX-Request", "true")
                .with(Users.as(Role.VIEWER, code("HN"))))
        .hasStatusOk()
        .bodyText()
        .contains("Công ty Goldsun Việt Nam")
        .doesNotContain("<html");
  }

  @Test
  void keepsTheFormAndExplainsARefusal() {
    long province = fixtures.province("Tỉnh trang");
    assertThat(
            mvc.post()
                .uri("/units/{id}/figures", province)
                .with(Users.as(Role.OFFICER, province))
                .with(csrf())
                .param("asOf", "2021-01-01")
                .param("workers", "10")
                .param("womenWorkers", "20")
                .param("members", "5")
                .param("womenMembers", "1"))
        .hasStatusOk()
        .bodyText()
        .contains("Số lao động nữ (20) không được lớn hơn tổng số lao động (10)")
        .contains("value=\"20\"");
  }

  @Test
  void anotherUnitsPageIsNotFound() {
    assertThat(
            mvc.get()
                .uri("/units/{id}", code("HN-BTL"))
                .with(Users.as(Role.OFFICER, code("HN-KCN"))))
        .hasStatus(HttpStatus.NOT_FOUND)
        .bodyText()
        .contains("Không tìm thấy đơn vị");
  }

  @Test
  void speaksEnglishOnRequest() {
    assertThat(
            mvc.get()
                .uri("/units/{id}?lang=en", code("HN"))
                .with(Users.as(Role.VIEWER, code("HN"))))
        .hasStatusOk()
        .bodyText()
        .contains("Figures for the whole unit");
  }

  @Test
  void aNationalAdministratorRenamesALevelOnTheCataloguePage() {
    long national = fixtures.nationalUnitId();
    assertThat(mvc.get().uri("/admin/catalogue").with(Users.as(Role.ADMIN, national)))
        .hasStatusOk()
        .bodyText()
        .contains("Cấp đơn vị", "Công đoàn cơ sở", "Khối");
    assertThat(
            mvc.post()
                .uri("/admin/catalogue/sectors")
                .with(Users.as(Role.OFFICER, code("HN")))
                .with(csrf())
                .param("code", "KHAC")
                .param("name", "Khác")
                .param("nameEn", "Other")
                .param("version", "0"))
        .hasStatus(HttpStatus.FORBIDDEN);
  }

  @Test
  void showsTheEmulationClustersOfAYear() {
    assertThat(
            mvc.get()
                .uri("/units/{id}/clusters?year=2020", code("HN-BTL"))
                .with(Users.as(Role.VIEWER, code("HN"))))
        .hasStatusOk()
        .bodyText()
        .contains("Cụm thi đua các trường học", "Trường Tiểu học Đông Ngạc A");
  }

  private long code(String code) {
    return jdbc.sql("select id from org_unit where code = :code")
        .param("code", code)
        .query(Long.class)
        .single();
  }
}
