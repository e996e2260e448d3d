package vn.thidua.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.thidua.shared.security.Grant;
import vn.thidua.shared.security.Role;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

@IntegrationTest
class AccessPagesTests {

  @Autowired MockMvcTester mvc;
  @Autowired Accounts accounts;
  @Autowired Fixtures fixtures;

  long province;
  AccountsForTests.Account member;

  @BeforeEach
  void createProvinceWithAUser() {
    province = fixtures.province("Tỉnh trang");
    member =
        AccountsForTests.create(
            accounts, "member", "Phạm Thị Dung", List.of(new Grant(Role.OFFICER, province)));
  }

  @Test
  void refusesTheUserPagesToNonAdministrators() {
    assertThat(mvc.get().uri("/admin/users").with(Users.as(Role.OFFICER, province)))
        .hasStatus(HttpStatus.FORBIDDEN)
        .bodyText()
        .contains("Chỉ người có vai trò Quản trị");
    assertThat(mvc.get().uri("/admin/users/new").with(Users.as(Role.VIEWER, province)))
        .hasStatus(HttpStatus.FORBIDDEN);
  }

  @Test
  void listsUsersForTheAdministrator() {
    assertThat(mvc.get().uri("/admin/users").with(Users.as(Role.ADMIN, province)))
        .hasStatusOk()
        .bodyText()
        .contains("Người dùng", "Phạm Thị Dung", member.username(), "Cán bộ nghiệp vụ");
  }

  @Test
  void answersAnHtmxSearchWithTheTableAlone() {
    assertThat(
            mvc.get()
                .uri("/admin/users?q=pham thi")
                .header("HX-Request", "true")
                .with(Users.as(Role.ADMIN, province)))
        .hasStatusOk()
        .bodyText()
        .contains("Phạm Thị Dung")
        .doesNotContain("<html", "<nav class=\"navbar");
  }

  @Test
  void createsAUserFromTheFormAndShowsTheGeneratedPasswordOnce() {
    String username = AccountsForTests.uniqueUsername("form");
    MvcTestResult created =
        mvc.post()
            .uri("/admin/users")
            .with(Users.as(Role.ADMIN, province))
            .with(csrf())
            .param("username", username)
            .param("fullName", "Võ Văn Em")
            .param("email", "")
            .param("password", "")
            .param("role", "VIEWER")
            .param("unitId", String.valueOf(province))
            .exchange();
    assertThat(created).hasStatusOk().bodyText().contains("Võ Văn Em", "chỉ hiển thị một lần");
    long id = findId(username);
    assertThat(mvc.get().uri("/admin/users/{id}", id).with(Users.as(Role.ADMIN, province)))
        .hasStatusOk()
        .bodyText()
        .doesNotContain("chỉ hiển thị một lần");
  }

  @Test
  void showsTheRefusalOnTheNewUserFormAndKeepsTheInput() {
    assertThat(
            mvc.post()
                .uri("/admin/users")
                .with(Users.as(Role.ADMIN, province))
                .with(csrf())
                .param("username", "x")
                .param("fullName", "Tên Giữ Lại")
                .param("role", "VIEWER")
                .param("unitId", String.valueOf(province)))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyText()
        .contains("Tên đăng nhập phải dài", "Tên Giữ Lại");
  }

  @Test
  void addsAndRemovesARoleFromTheEditPage() {
    long grassroots = fixtures.grassroots(province, "CĐCS trang");
    int version = accounts.find(member.id()).orElseThrow().version();
    assertThat(
            mvc.post()
                .uri("/admin/users/{id}/grants", member.id())
                .with(Users.as(Role.ADMIN, province))
                .with(csrf())
                .param("action", "add")
                .param("role", "ADMIN")
                .param("unitId", String.valueOf(grassroots))
                .param("version", String.valueOf(version)))
        .hasRedirectedUrl("/admin/users/" + member.id());
    assertThat(accounts.find(member.id()).orElseThrow().grants())
        .contains(new Grant(Role.ADMIN, grassroots));
    assertThat(
            mvc.post()
                .uri("/admin/users/{id}/grants", member.id())
                .with(Users.as(Role.ADMIN, province))
                .with(csrf())
                .param("action", "remove")
                .param("role", "OFFICER")
                .param("unitId", String.valueOf(province))
                .param("version", String.valueOf(version + 1)))
        .hasRedirectedUrl("/admin/users/" + member.id());
    assertThat(accounts.find(member.id()).orElseThrow().grants())
        .containsExactly(new Grant(Role.ADMIN, grassroots));
  }

  @Test
  void asksForTheUnitWhenARoleIsAddedWithoutOne() {
    int version = accounts.find(member.id()).orElseThrow().version();
    assertThat(
            mvc.post()
                .uri("/admin/users/{id}/grants", member.id())
                .with(Users.as(Role.ADMIN, province))
                .with(csrf())
                .param("action", "add")
                .param("role", "VIEWER")
                .param("version", String.valueOf(version)))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyText()
        .contains("Hãy chọn vai trò và đơn vị", "Phạm Thị Dung");
    assertThat(accounts.find(member.id()).orElseThrow().version()).isEqualTo(version);
  }

  @Test
  void answersNotFoundForAUserOutsideTheAdministratorsSubtree() {
    long elsewhere = fixtures.province("Tỉnh xa");
    assertThat(
            mvc.get().uri("/admin/users/{id}", member.id()).with(Users.as(Role.ADMIN, elsewhere)))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(
            mvc.post()
                .uri("/admin/users/{id}/password", member.id())
                .with(Users.as(Role.ADMIN, elsewhere))
                .with(csrf()))
        .hasStatus(HttpStatus.NOT_FOUND);
  }

  @Test
  void refusesAnEditPageSaveOfAnOutdatedVersion() {
    int version = accounts.find(member.id()).orElseThrow().version();
    mvc.post()
        .uri("/admin/users/{id}", member.id())
        .with(Users.as(Role.ADMIN, province))
        .with(csrf())
        .param("fullName", "Lần một")
        .param("enabled", "true")
        .param("version", String.valueOf(version))
        .exchange();
    assertThat(
            mvc.post()
                .uri("/admin/users/{id}", member.id())
                .with(Users.as(Role.ADMIN, province))
                .with(csrf())
                .param("fullName", "Lần hai")
                .param("enabled", "true")
                .param("version", String.valueOf(version)))
        .hasStatus(HttpStatus.CONFLICT);
    assertThat(accounts.find(member.id()).orElseThrow().fullName()).isEqualTo("Lần một");
  }

  @Test
  void offersUnitsAsOptionsForTheUnitSearch() {
    assertThat(
            mvc.get()
                .uri("/admin/users/units?unitQuery=tinh trang")
                .header("HX-Request", "true")
                .with(Users.as(Role.ADMIN, province)))
        .hasStatusOk()
        .bodyText()
        .contains("<option", "value=\"" + province + "\"");
  }

  @Test
  void showsANewTokenOnceOnTheTokensPage() {
    Cookie session = signIn();
    MvcTestResult created =
        mvc.post()
            .uri("/account/tokens")
            .cookie(session)
            .with(csrf())
            .param("name", "Máy chủ báo cáo")
            .param("expiresOn", "")
            .exchange();
    assertThat(created).hasStatusOk().bodyText().containsPattern("thd_[A-Za-z0-9_-]{40}");
    assertThat(mvc.get().uri("/account/tokens").cookie(session))
        .hasStatusOk()
        .bodyText()
        .contains("Máy chủ báo cáo")
        .doesNotContainPattern("thd_[A-Za-z0-9_-]{40}");
  }

  @Test
  void revokesATokenFromTheTokensPage() {
    Cookie session = signIn();
    mvc.post()
        .uri("/account/tokens")
        .cookie(session)
        .with(csrf())
        .param("name", "Sẽ thu hồi")
        .exchange();
    long id =
        jdbc.sql("select id from api_token where user_id = :user and name = 'Sẽ thu hồi'")
            .param("user", member.id())
            .query(Long.class)
            .single();
    assertThat(mvc.post().uri("/account/tokens/{id}/revoke", id).cookie(session).with(csrf()))
        .hasRedirectedUrl("/account/tokens");
    assertThat(mvc.get().uri("/account/tokens").cookie(session)).bodyText().contains("Đã thu hồi");
  }

  @Test
  void showsThePasswordPage() {
    assertThat(mvc.get().uri("/account/password").cookie(signIn()))
        .hasStatusOk()
        .bodyText()
        .contains("Mật khẩu hiện tại", "Nhập lại mật khẩu mới");
  }

  @Autowired JdbcClient jdbc;

  private long findId(String username) {
    return jdbc.sql("select id from app_user where username = :u")
        .param("u", username)
        .query(Long.class)
        .single();
  }

  private Cookie signIn() {
    MvcTestResult login =
        mvc.perform(
            formLogin("/login").user(member.username()).password(AccountsForTests.PASSWORD));
    assertThat(login).hasRedirectedUrl("/");
    return login.getResponse().getCookie("SESSION");
  }
}
