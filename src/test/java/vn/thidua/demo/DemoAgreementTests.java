package vn.thidua.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.thidua.shared.security.Role;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

@IntegrationTest
class DemoAgreementTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void theZoneUnionsClustersSigned2023AgreementsOneClosedOneStillOpen() {
    List<Long> agreements =
        jdbc.sql(
                "select a.id from agreement a join org_unit u on u.id = a.organiser_id"
                    + " where u.code = 'HN-KCN' and a.year = 2023 order by a.title")
            .query(Long.class)
            .list();
    assertThat(agreements).hasSize(2);
    long zone =
        jdbc.sql("select id from org_unit where code = 'HN-KCN'").query(Long.class).single();

    assertThat(
            mvc.get()
                .uri("/api/agreements/{id}", agreements.get(0))
                .with(Users.as(Role.VIEWER, zone)))
        .hasStatusOk()
        .bodyJson()
        .satisfies(
            body -> {
              body.assertThat().extractingPath("$.status").isEqualTo("CLOSED");
              body.assertThat().extractingPath("$.signingDeadline").isEqualTo("2023-02-15");
              body.assertThat().extractingPath("$.memberCount").asNumber().isEqualTo(5);
              body.assertThat().extractingPath("$.signedCount").asNumber().isEqualTo(4);
            });
    assertThat(
            mvc.get().uri("/agreements/{id}", agreements.get(1)).with(Users.as(Role.VIEWER, zone)))
        .hasStatusOk()
        .bodyText()
        .contains("Giao ước thi đua năm 2023 – Cụm thi đua số 2")
        .contains("Chủ tịch Công đoàn cơ sở")
        .contains("id=\"signed-count\">3<");
  }
}
