package vn.thidua.decision.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.thidua.testing.IntegrationTest;

/** The verification page and the honour board open without signing in; decisions do not. */
@IntegrationTest
class PublicDecisionPagesTests {

  @Autowired MockMvcTester mvc;

  @Test
  void opensTheVerificationPageAndTheBoardToAnyone() {
    assertThat(mvc.get().uri("/verify")).hasStatusOk().bodyText().contains("Mã xác thực");
    assertThat(mvc.get().uri("/verify?code= abcd efgh 34"))
        .hasStatus(HttpStatus.FOUND)
        .hasRedirectedUrl("/verify/abcd%20efgh%2034");
    assertThat(mvc.get().uri("/honour-board")).hasStatusOk().bodyText().contains("Bảng vàng");
    assertThat(mvc.get().uri("/api/honour-board")).hasStatusOk();
    assertThat(mvc.get().uri("/api/honour-board/choices")).hasStatusOk();
  }

  @Test
  void refusesDecisionsToAnonymousUsers() {
    assertThat(mvc.get().uri("/decisions")).hasStatus(HttpStatus.FOUND);
    assertThat(mvc.get().uri("/api/decisions")).hasStatus(HttpStatus.UNAUTHORIZED);
    assertThat(mvc.get().uri("/api/decisions/1/pdf")).hasStatus(HttpStatus.UNAUTHORIZED);
  }
}
