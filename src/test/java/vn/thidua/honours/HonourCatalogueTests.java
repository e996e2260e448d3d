package vn.thidua.honours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

@IntegrationTest
class HonourCatalogueTests {

  @Autowired MockMvcTester mvc;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;

  SignedInUser nationalAdmin;
  SignedInUser provincialAdmin;
  String code;

  @BeforeEach
  void administrators() {
    nationalAdmin = Users.user(Role.ADMIN, fixtures.nationalUnitId());
    provincialAdmin = Users.user(Role.ADMIN, fixtures.province("LĐLĐ tỉnh danh mục"));
    code = "T_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  String awardJson(String name, int version) {
    return """
        {"kind": "AWARD", "code": "%s", "name": "%s", "recipients": ["INDIVIDUAL", "COLLECTIVE"],
         "scope": "THEMATIC", "theme": "An toàn vệ sinh lao động", "prizeMultiple": 1.5,
         "grades": [{"grade": 1, "name": "Bằng khen cấp tỉnh", "grantingLevelCode": "PROVINCE"},
                    {"grade": 2, "name": "Bằng khen toàn quốc", "grantingLevelCode": "NATIONAL"}],
         "active": true, "version": %d}
        """
        .formatted(code, name, version);
  }

  @Test
  void aNationalAdministratorAddsAndEditsAThematicAward() {
    assertThat(
            mvc.post()
                .uri("/api/honours")
                .with(Users.as(nationalAdmin))
                .contentType(MediaType.APPLICATION_JSON)
                .content(awardJson("Bằng khen an toàn", 0)))
        .hasStatus(HttpStatus.CREATED)
        .bodyJson()
        .extractingPath("$.grades[1].grantingLevelCode")
        .isEqualTo("NATIONAL");

    assertThat(
            mvc.put()
                .uri("/api/honours/{code}", code)
                .with(Users.as(nationalAdmin))
                .contentType(MediaType.APPLICATION_JSON)
                .content(awardJson("Bằng khen an toàn lao động", 0)))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.version")
        .isEqualTo(1);
    assertThat(
            mvc.put()
                .uri("/api/honours/{code}", code)
                .with(Users.as(nationalAdmin))
                .contentType(MediaType.APPLICATION_JSON)
                .content(awardJson("Sửa trên bản cũ", 0)))
        .hasStatus(HttpStatus.CONFLICT);

    assertThat(mvc.get().uri("/api/honours/{code}", code).with(Users.as(Role.VIEWER, 1L)))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.name")
        .isEqualTo("Bằng khen an toàn lao động");
    assertThat(
            jdbc.sql(
                    "select action from audit_event where entity_type = 'Honour'"
                        + " and after ->> 'code' = :code order by id")
                .param("code", code)
                .query(String.class)
                .list())
        .containsExactly("CREATE", "UPDATE");
  }

  @Test
  void aProvincialAdministratorMayReadButNotChangeTheCatalogue() {
    assertThat(
            mvc.post()
                .uri("/api/honours")
                .with(Users.as(provincialAdmin))
                .contentType(MediaType.APPLICATION_JSON)
                .content(awardJson("Không được thêm", 0)))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(
            mvc.put()
                .uri("/api/honours/LDTT")
                .with(Users.as(provincialAdmin))
                .contentType(MediaType.APPLICATION_JSON)
                .content(awardJson("Không được sửa", 0)))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(mvc.get().uri("/honours/new").with(Users.as(provincialAdmin)))
        .hasStatus(HttpStatus.FORBIDDEN);
    assertThat(mvc.get().uri("/honours").with(Users.as(provincialAdmin)))
        .hasStatusOk()
        .bodyText()
        .contains("Lao động tiên tiến", "Bằng khen của Tổng Liên đoàn Lao động Việt Nam")
        .doesNotContain("/honours/new");
  }

  @Test
  void refusesATitleWithoutGradesInVietnamese() {
    String json =
        """
        {"kind": "TITLE", "code": "%s", "name": "Danh hiệu không cấp", "recipients": ["INDIVIDUAL"],
         "scope": "COMPREHENSIVE", "grades": []}
        """
            .formatted(code);
    assertThat(
            mvc.post()
                .uri("/api/honours")
                .with(Users.as(nationalAdmin))
                .contentType(MediaType.APPLICATION_JSON)
                .content(json))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyJson()
        .extractingPath("$.detail")
        .isEqualTo("Hãy nhập ít nhất một bậc với tên và cấp khen.");
  }

  @Test
  void addsATitleThroughTheFormAndShowsItsGrades() {
    assertThat(
            mvc.post()
                .uri("/honours/new")
                .with(Users.as(nationalAdmin))
                .with(csrf())
                .param("kind", "TITLE")
                .param("code", code)
                .param("name", "Người lao động sáng tạo")
                .param("recipientINDIVIDUAL", "true")
                .param("scope", "COMPREHENSIVE")
                .param("prizeMultiple", "0,5")
                .param("grade0Name", "Người lao động sáng tạo cấp cơ sở")
                .param("grade0Level", "GRASSROOTS")
                .param("grade1Name", "Người lao động sáng tạo cấp tỉnh")
                .param("grade1Level", "PROVINCE")
                .param("active", "true"))
        .hasStatus(HttpStatus.FOUND)
        .redirectedUrl()
        .isEqualTo("/honours/" + code);

    assertThat(mvc.get().uri("/honours/{code}", code).with(Users.as(nationalAdmin)))
        .hasStatusOk()
        .bodyText()
        .contains("Người lao động sáng tạo cấp tỉnh", "0,50 lần mức lương cơ sở");
    assertThat(mvc.get().uri("/honours/{code}/edit", code).with(Users.as(nationalAdmin)))
        .hasStatusOk()
        .bodyText()
        .contains("Người lao động sáng tạo cấp cơ sở");
  }

  @Test
  void showsTheFormAgainWithTheProblemWhenTheThemeIsMissing() {
    assertThat(
            mvc.post()
                .uri("/honours/new")
                .with(Users.as(nationalAdmin))
                .with(csrf())
                .param("kind", "AWARD")
                .param("code", code)
                .param("name", "Giấy khen chuyên đề")
                .param("recipientCOLLECTIVE", "true")
                .param("scope", "THEMATIC")
                .param("grade0Name", "Giấy khen")
                .param("grade0Level", "DISTRICT"))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyText()
        .contains("Khen thưởng chuyên đề phải ghi tên chuyên đề.", "Giấy khen chuyên đề");
  }
}
