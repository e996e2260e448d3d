package vn.thidua.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.thidua.shared.security.Role;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

@IntegrationTest
class DemoMovementTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;

  @Test
  void theZoneUnionLaunchedItsTwoPhaseMovementIn2023() {
    long movement = movementId();

    assertThat(mvc.get().uri("/api/movements/{id}", movement).with(Users.as(Role.VIEWER, zone())))
        .hasStatusOk()
        .bodyJson()
        .satisfies(
            body -> {
              body.assertThat().extractingPath("$.status").isEqualTo("LAUNCHED");
              body.assertThat().extractingPath("$.launchedAt").asString().startsWith("2023-01-05");
              body.assertThat().extractingPath("$.participantCount").asNumber().isEqualTo(10);
              body.assertThat().extractingPath("$.phases[0].endsOn").isEqualTo("2023-06-30");
              body.assertThat().extractingPath("$.phases[1].startsOn").isEqualTo("2023-07-01");
              body.assertThat()
                  .extractingPath("$.phases[1].theme")
                  .isEqualTo(
                      "Thi đua lao động giỏi, lao động sáng tạo, hoàn thành thắng lợi nhiệm vụ năm"
                          + " 2023");
            });
  }

  @Test
  void registrationsStandAtEveryStepOfTheirReview() {
    assertThat(
            mvc.get()
                .uri("/api/movements/{id}/registrations", movementId())
                .with(Users.as(Role.VIEWER, zone())))
        .hasStatusOk()
        .bodyJson()
        .satisfies(
            body -> {
              body.assertThat().extractingPath("$.counts.approved").asNumber().isEqualTo(7);
              body.assertThat().extractingPath("$.counts.waiting").asNumber().isEqualTo(1);
              body.assertThat().extractingPath("$.counts.returned").asNumber().isEqualTo(1);
              body.assertThat().extractingPath("$.counts.notRegistered").asNumber().isEqualTo(1);
              body.assertThat().extractingPath("$.rows[?(@.late == true)]").asArray().isEmpty();
            });
  }

  @Test
  void theYearEndsWithARankingInBothClusters() {
    long movement = movementId();
    long secondPhase =
        jdbc.sql("select id from movement_phase where movement_id = :m and position = 2")
            .param("m", movement)
            .query(Long.class)
            .single();

    assertThat(
            mvc.get()
                .uri("/api/movements/{m}/phases/{p}/ranking", movement, secondPhase)
                .with(Users.as(Role.VIEWER, zone())))
        .hasStatusOk()
        .bodyJson()
        .satisfies(
            body -> {
              body.assertThat().extractingPath("$.provisional").isEqualTo(false);
              body.assertThat().extractingPath("$.clusters.length()").asNumber().isEqualTo(2);
              body.assertThat()
                  .extractingPath("$.clusters[0].lines.length()")
                  .asNumber()
                  .isEqualTo(5);
              body.assertThat().extractingPath("$.clusters[0].lines[0].clusterRank").isEqualTo(1);
              body.assertThat()
                  .extractingPath("$.lines[?(@.adjustment != null)].adjustmentReason")
                  .asArray()
                  .containsExactly(
                      "Đạt giải Nhì Hội thi An toàn, vệ sinh viên giỏi cấp Thành phố năm 2023");
              body.assertThat()
                  .extractingPath("$.lines[?(@.missingReports > 0)]")
                  .asArray()
                  .isEmpty();
            });
    assertThat(
            jdbc.sql("select count(*) from progress_report where movement_id = :m")
                .param("m", movement)
                .query(Long.class)
                .single())
        .isEqualTo(19);
    assertThat(
            jdbc.sql("select max(reported_at)::date from progress_report where movement_id = :m")
                .param("m", movement)
                .query(LocalDate.class)
                .single())
        .isBefore(LocalDate.of(2024, 2, 1));
  }

  private long zone() {
    return jdbc.sql("select id from org_unit where code = 'HN-KCN'").query(Long.class).single();
  }

  private long movementId() {
    return jdbc.sql("select id from movement where organiser_id = :zone and name = :name")
        .param("zone", zone())
        .param("name", DemoMovement.NAME)
        .query(Long.class)
        .single();
  }
}
