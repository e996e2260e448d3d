package vn.thidua.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.time.Dates;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;

@IntegrationTest
class ApiTokenTests {

  @Autowired MockMvcTester mvc;
  @Autowired Accounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;

  AccountsForTests.Account owner;

  @BeforeEach
  void createOwner() {
    owner = AccountsForTests.create(accounts, "owner", Role.VIEWER, fixtures.province("Tỉnh mã"));
  }

  @Test
  void createsATokenShownOnceAndStoresOnlyItsHash() {
    MvcTestResult created = create("{\"name\":\"Đồng bộ\"}");
    assertThat(created).hasStatus(HttpStatus.CREATED).containsHeader("Location");
    String secret = secretOf(created);
    assertThat(secret).matches("thd_[A-Za-z0-9_-]{40}");
    String stored =
        jdbc.sql("select token_hash from api_token where prefix = :prefix")
            .param("prefix", secret.substring(0, 12))
            .query(String.class)
            .single();
    assertThat(stored).isEqualTo(TokenSecret.sha256(secret)).doesNotContain(secret);
    assertThat(mvc.get().uri("/api/tokens").with(httpBasic(owner.username(), PASSWORD)))
        .hasStatusOk()
        .bodyText()
        .contains("Đồng bộ", secret.substring(0, 12))
        .doesNotContain(secret);
  }

  @Test
  void signsInWithABearerTokenAsItsOwnerAndNotesTheUse() {
    String secret = secretOf(create("{\"name\":\"CI\"}"));
    assertThat(mvc.get().uri("/api/tokens").header("Authorization", "Bearer " + secret))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$[0].name")
        .isEqualTo("CI");
    assertThat(
            jdbc.sql("select last_used_at is not null from api_token where token_hash = :hash")
                .param("hash", TokenSecret.sha256(secret))
                .query(Boolean.class)
                .single())
        .isTrue();
  }

  @Test
  void refusesARevokedToken() {
    MvcTestResult created = create("{\"name\":\"Tạm thời\"}");
    String secret = secretOf(created);
    Number id = idOf(created);
    assertThat(mvc.delete().uri("/api/tokens/{id}", id).with(httpBasic(owner.username(), PASSWORD)))
        .hasStatus(HttpStatus.NO_CONTENT);
    assertThat(mvc.get().uri("/api/tokens").header("Authorization", "Bearer " + secret))
        .hasStatus(HttpStatus.UNAUTHORIZED)
        .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .contains("Mã truy cập không hợp lệ");
  }

  @Test
  void refusesAnExpiredToken() {
    String secret = secretOf(create("{\"name\":\"Hết hạn\"}"));
    jdbc.sql("update api_token set expires_at = now() - interval '1 second' where token_hash = :h")
        .param("h", TokenSecret.sha256(secret))
        .update();
    assertThat(mvc.get().uri("/api/tokens").header("Authorization", "Bearer " + secret))
        .hasStatus(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void acceptsATokenThroughTheLastDayOfItsExpiry() {
    LocalDate today = LocalDate.now(Dates.VIETNAM);
    String secret = secretOf(create("{\"name\":\"Hôm nay\",\"expiresOn\":\"" + today + "\"}"));
    assertThat(mvc.get().uri("/api/tokens").header("Authorization", "Bearer " + secret))
        .hasStatusOk();
  }

  @Test
  void refusesAnExpiryInThePast() {
    LocalDate yesterday = LocalDate.now(Dates.VIETNAM).minusDays(1);
    assertThat(create("{\"name\":\"Cũ\",\"expiresOn\":\"" + yesterday + "\"}"))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
  }

  @Test
  void refusesAnUnknownOrMalformedToken() {
    assertThat(
            mvc.get()
                .uri("/api/tokens")
                .header("Authorization", "Bearer " + TokenSecret.generate().value()))
        .hasStatus(HttpStatus.UNAUTHORIZED);
    assertThat(mvc.get().uri("/api/tokens").header("Authorization", "Bearer nonsense"))
        .hasStatus(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void refusesTheTokenOfADisabledUser() {
    String secret = secretOf(create("{\"name\":\"Khóa\"}"));
    jdbc.sql("update app_user set enabled = false where id = :id").param("id", owner.id()).update();
    assertThat(mvc.get().uri("/api/tokens").header("Authorization", "Bearer " + secret))
        .hasStatus(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void doesNotRevokeSomeoneElsesToken() {
    Number id = idOf(create("{\"name\":\"Của tôi\"}"));
    var other =
        AccountsForTests.create(accounts, "other", Role.VIEWER, fixtures.province("Tỉnh khác"));
    assertThat(mvc.delete().uri("/api/tokens/{id}", id).with(httpBasic(other.username(), PASSWORD)))
        .hasStatus(HttpStatus.NOT_FOUND);
  }

  private MvcTestResult create(String json) {
    return mvc.post()
        .uri("/api/tokens")
        .with(httpBasic(owner.username(), PASSWORD))
        .contentType(MediaType.APPLICATION_JSON)
        .content(json)
        .exchange();
  }

  private static String secretOf(MvcTestResult created) {
    assertThat(created).hasStatus(HttpStatus.CREATED);
    return JsonPath.read(body(created), "$.secret");
  }

  private static Number idOf(MvcTestResult created) {
    return JsonPath.read(body(created), "$.token.id");
  }

  private static String body(MvcTestResult result) {
    return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
  }

  private static final String PASSWORD = AccountsForTests.PASSWORD;
}
