package vn.thidua.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.thidua.shared.security.Role;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

@IntegrationTest
class AuthenticationTests {

  @Autowired MockMvcTester mvc;
  @Autowired Accounts accounts;
  @Autowired Fixtures fixtures;

  AccountsForTests.Account officer;

  @BeforeEach
  void createOfficer() {
    officer =
        AccountsForTests.create(
            accounts, "officer", Role.OFFICER, fixtures.province("Tỉnh xác thực"));
  }

  @Test
  void signsInToTheApiWithHttpBasic() {
    assertThat(mvc.get().uri("/api/tokens").with(httpBasic(officer.username(), PASSWORD)))
        .hasStatusOk();
  }

  @Test
  void acceptsTheUsernameInAnyCase() {
    assertThat(
            mvc.get()
                .uri("/api/tokens")
                .with(httpBasic(officer.username().toUpperCase(), PASSWORD)))
        .hasStatusOk();
  }

  @Test
  void refusesAWrongPasswordWithAProblemDetailInVietnamese() {
    assertThat(mvc.get().uri("/api/tokens").with(httpBasic(officer.username(), "sai mật khẩu rồi")))
        .hasStatus(HttpStatus.UNAUTHORIZED)
        .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .contains("Tên đăng nhập hoặc mật khẩu không đúng");
  }

  @Test
  void refusesAnAnonymousApiCallWithAProblemDetail() {
    var result = mvc.get().uri("/api/tokens").exchange();
    assertThat(result)
        .hasStatus(HttpStatus.UNAUTHORIZED)
        .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .containsHeader("WWW-Authenticate");
    assertThat(result).bodyJson().extractingPath("$.status").asNumber().isEqualTo(401);
    assertThat(result).bodyJson().extractingPath("$.detail").asString().contains("Cần đăng nhập");
  }

  @Test
  void refusesANonAdministratorOnTheUserApiWithAProblemDetail() {
    assertThat(mvc.get().uri("/api/users").with(httpBasic(officer.username(), PASSWORD)))
        .hasStatus(HttpStatus.FORBIDDEN)
        .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .contains("không có quyền");
  }

  @Test
  void locksTheUsernameAfterFiveFailuresEvenForTheRightPassword() {
    for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
      assertThat(mvc.get().uri("/api/tokens").with(httpBasic(officer.username(), "sai lần " + i)))
          .hasStatus(HttpStatus.UNAUTHORIZED);
    }
    assertThat(mvc.get().uri("/api/tokens").with(httpBasic(officer.username(), PASSWORD)))
        .hasStatus(HttpStatus.UNAUTHORIZED)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .contains("tạm khóa");
    assertThat(mvc.perform(formLogin("/login").user(officer.username()).password(PASSWORD)))
        .hasStatus3xxRedirection()
        .hasRedirectedUrl("/login?error");
  }

  @Test
  void countsFailedFormSignInsTowardsTheSameLock() {
    for (int i = 0; i < LoginThrottle.MAX_FAILURES; i++) {
      assertThat(mvc.perform(formLogin("/login").user(officer.username()).password("sai " + i)))
          .hasRedirectedUrl("/login?error");
    }
    assertThat(mvc.get().uri("/api/tokens").with(httpBasic(officer.username(), PASSWORD)))
        .hasStatus(HttpStatus.UNAUTHORIZED);
  }

  @Test
  void aSuccessfulSignInForgetsEarlierFailures() {
    for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
      mvc.get().uri("/api/tokens").with(httpBasic(officer.username(), "sai " + i)).exchange();
    }
    assertThat(mvc.get().uri("/api/tokens").with(httpBasic(officer.username(), PASSWORD)))
        .hasStatusOk();
    for (int i = 0; i < LoginThrottle.MAX_FAILURES - 1; i++) {
      mvc.get().uri("/api/tokens").with(httpBasic(officer.username(), "lại sai " + i)).exchange();
    }
    assertThat(mvc.get().uri("/api/tokens").with(httpBasic(officer.username(), PASSWORD)))
        .hasStatusOk();
  }

  @Test
  void signsInThroughTheLoginFormWithCsrf() {
    assertThat(mvc.perform(formLogin("/login").user(officer.username()).password(PASSWORD)))
        .hasStatus3xxRedirection()
        .hasRedirectedUrl("/");
  }

  @Test
  void refusesTheLoginFormWithoutCsrf() {
    assertThat(
            mvc.post()
                .uri("/login")
                .param("username", officer.username())
                .param("password", PASSWORD))
        .hasStatus(HttpStatus.FORBIDDEN);
  }

  @Test
  void refusesADisabledUser() {
    var admin = Users.user(Role.ADMIN, fixtures.nationalUnitId());
    Users.runAs(
        admin,
        () -> {
          var user = administration.get(officer.id());
          administration.update(
              officer.id(), new UserEdit(user.fullName(), user.email(), false, user.version()));
        });
    assertThat(mvc.get().uri("/api/tokens").with(httpBasic(officer.username(), PASSWORD)))
        .hasStatus(HttpStatus.UNAUTHORIZED);
  }

  @Autowired UserAdministration administration;

  private static final String PASSWORD = AccountsForTests.PASSWORD;
}
