package vn.thidua.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.thidua.shared.security.Role;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;

@IntegrationTest
class PasswordChangeTests {

  static final String OLD = AccountsForTests.PASSWORD;
  static final String NEW = "một mật khẩu mới hẳn";

  @Autowired MockMvcTester mvc;
  @Autowired Accounts accounts;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;

  AccountsForTests.Account user;

  @BeforeEach
  void createUser() {
    user =
        AccountsForTests.create(accounts, "changer", Role.OFFICER, fixtures.province("Tỉnh đổi"));
  }

  @Test
  void changesTheOwnPasswordThroughTheApi() {
    assertThat(change(OLD, NEW)).hasStatus(HttpStatus.NO_CONTENT);
    assertThat(mvc.get().uri("/api/tokens").with(httpBasic(user.username(), NEW))).hasStatusOk();
    assertThat(mvc.get().uri("/api/tokens").with(httpBasic(user.username(), OLD)))
        .hasStatus(HttpStatus.UNAUTHORIZED);
    assertThat(
            jdbc.sql("select password_hash from app_user where id = :id")
                .param("id", user.id())
                .query(String.class)
                .single())
        .startsWith("{bcrypt}")
        .doesNotContain(NEW);
  }

  @Test
  void refusesAChangeWithoutTheRightCurrentPassword() {
    assertThat(change("không phải mật khẩu cũ", NEW))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .contains("Mật khẩu hiện tại không đúng");
    assertThat(mvc.get().uri("/api/tokens").with(httpBasic(user.username(), OLD))).hasStatusOk();
  }

  @Test
  void refusesAShortNewPassword() {
    assertThat(change(OLD, "ngắn")).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
    assertThat(mvc.get().uri("/api/tokens").with(httpBasic(user.username(), OLD))).hasStatusOk();
  }

  @Test
  void changesThePasswordThroughThePage() {
    Cookie session = signIn();
    assertThat(
            mvc.post()
                .uri("/account/password")
                .cookie(session)
                .with(csrf())
                .param("currentPassword", OLD)
                .param("newPassword", NEW)
                .param("confirmPassword", NEW))
        .hasRedirectedUrl("/account/password");
    assertThat(mvc.perform(formLogin("/login").user(user.username()).password(NEW)))
        .hasRedirectedUrl("/");
  }

  @Test
  void showsTheRefusalOnThePageWhenTheNewPasswordsDiffer() {
    Cookie session = signIn();
    assertThat(
            mvc.post()
                .uri("/account/password")
                .cookie(session)
                .with(csrf())
                .param("currentPassword", OLD)
                .param("newPassword", NEW)
                .param("confirmPassword", NEW + "x"))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyText()
        .contains("không khớp");
  }

  /** The session cookie of a form sign-in: sessions live in the database, not in MockMvc. */
  private Cookie signIn() {
    MvcTestResult login = mvc.perform(formLogin("/login").user(user.username()).password(OLD));
    assertThat(login).hasRedirectedUrl("/");
    return login.getResponse().getCookie("SESSION");
  }

  private MvcTestResult change(String current, String next) {
    return mvc.post()
        .uri("/api/account/password")
        .with(httpBasic(user.username(), OLD))
        .contentType(MediaType.APPLICATION_JSON)
        .content("{\"currentPassword\":\"" + current + "\",\"newPassword\":\"" + next + "\"}")
        .exchange();
  }
}
