package vn.thidua.decision.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.thidua.decision.LetterheadChoice;
import vn.thidua.decision.LetterheadChoices;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

@IntegrationTest
class LetterheadPagesTests {

  @Autowired MockMvcTester mvc;
  @Autowired Fixtures fixtures;
  @Autowired LetterheadChoices letterheads;
  @Autowired JdbcClient jdbc;

  long district;
  SignedInUser officer;

  @BeforeEach
  void aDistrict() {
    long province = fixtures.province("Liên đoàn Lao động tỉnh Bắc Giang");
    district = fixtures.unit(province, "Liên đoàn Lao động huyện Lục Ngạn", "DISTRICT");
    officer = Users.user(Role.OFFICER, district);
  }

  LetterheadChoice choice() {
    LetterheadChoice[] found = new LetterheadChoice[1];
    Users.runAs(officer, () -> found[0] = letterheads.of(district));
    return found[0];
  }

  @Test
  void anOfficerChoosesTheSymbolAndPlaceOnThePageAndTheChangeIsAudited() {
    assertThat(mvc.get().uri("/decisions/letterheads/{id}", district).with(Users.as(officer)))
        .hasStatusOk()
        .bodyText()
        .contains("placeholder=\"LĐLĐ\"")
        .contains("Bắc Giang");

    assertThat(
            mvc.post()
                .uri("/decisions/letterheads/{id}", district)
                .with(Users.as(officer))
                .with(csrf())
                .param("version", "0")
                .param("symbolSuffix", " LĐLĐH ")
                .param("placeName", "Lục Ngạn"))
        .hasStatus(HttpStatus.FOUND)
        .hasRedirectedUrl("/decisions/letterheads/" + district);

    LetterheadChoice chosen = choice();
    assertThat(chosen.symbolSuffix()).isEqualTo("LĐLĐH");
    assertThat(chosen.placeName()).isEqualTo("Lục Ngạn");
    assertThat(chosen.defaultPlaceName()).startsWith("Bắc Giang");
    assertThat(chosen.version()).isEqualTo(1);
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where entity_type = 'DecisionLetterhead'"
                        + " and entity_id = :id")
                .param("id", String.valueOf(district))
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void refusesABadSymbolAStaleVersionAndAViewerAndChangesNothing() {
    assertThat(
            mvc.post()
                .uri("/decisions/letterheads/{id}", district)
                .with(Users.as(officer))
                .with(csrf())
                .param("version", "0")
                .param("symbolSuffix", "QĐ/LĐ")
                .param("placeName", ""))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyText()
        .contains("không được có dấu cách hay “/”");
    assertThat(choice().version()).isZero();

    assertThat(
            mvc.put()
                .uri("/api/decisions/letterheads/{id}", district)
                .with(Users.as(officer))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": 0, \"symbolSuffix\": \"\", \"placeName\": \"Lục Ngạn\"}"))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.placeName")
        .isEqualTo("Lục Ngạn");
    assertThat(
            mvc.put()
                .uri("/api/decisions/letterheads/{id}", district)
                .with(Users.as(officer))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": 0, \"symbolSuffix\": \"X\", \"placeName\": \"\"}"))
        .hasStatus(HttpStatus.CONFLICT);
    assertThat(
            mvc.put()
                .uri("/api/decisions/letterheads/{id}", district)
                .with(Users.as(Role.VIEWER, district))
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"version\": 1, \"symbolSuffix\": \"X\", \"placeName\": \"\"}"))
        .hasStatus(HttpStatus.FORBIDDEN);
    LetterheadChoice after = choice();
    assertThat(after.symbolSuffix()).isNull();
    assertThat(after.placeName()).isEqualTo("Lục Ngạn");
    assertThat(after.version()).isEqualTo(1);
  }
}
