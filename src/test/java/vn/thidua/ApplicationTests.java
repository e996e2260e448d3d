package vn.thidua;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.thidua.testing.IntegrationTest;

@IntegrationTest
class ApplicationTests {

  @Autowired MockMvcTester mvc;

  @Test
  void showsTheLoginPageInVietnamese() {
    assertThat(mvc.get().uri("/login"))
        .hasStatus(HttpStatus.OK)
        .bodyText()
        .contains("Đăng nhập", "Tên đăng nhập");
  }

  @Test
  void sendsAnonymousVisitorsToTheLoginPage() {
    assertThat(mvc.get().uri("/units")).hasStatus3xxRedirection();
  }

  @Test
  void refusesAnonymousApiCallsWith401() {
    assertThat(mvc.get().uri("/api/units/1")).hasStatus(HttpStatus.UNAUTHORIZED);
  }
}
