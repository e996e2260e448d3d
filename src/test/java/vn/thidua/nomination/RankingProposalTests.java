package vn.thidua.nomination;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.thidua.movement.MovementView;
import vn.thidua.movement.MovementWorld;
import vn.thidua.movement.Progress;
import vn.thidua.movement.ProgressDraft;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.web.DomainException;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

@IntegrationTest
class RankingProposalTests {

  @Autowired MockMvcTester mvc;
  @Autowired MovementWorld world;
  @Autowired Progress progress;
  @Autowired RankingProposals proposals;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;

  MovementWorld.Units units;
  MovementView movement;
  MovementView.PhaseView first;

  @BeforeEach
  void aRankedMovement() {
    units = world.units();
    movement =
        world.launched(
            units,
            "Phong trào cờ thi đua " + UUID.randomUUID().toString().substring(0, 8),
            LocalDate.now().plusDays(20));
    first = movement.phases().get(0);
    report(units.factoryA(), 10, 0, 1);
    report(units.factoryB(), 5, 0, 1);
    report(units.school(), 2, 1, 0);
  }

  @Test
  void draftsTheFlagForTheLeaderOfEachClusterCitingTheRankingAndSkipsItTheSecondTime() {
    long round = roundOf(units.district(), "CO_TDXS");

    assertThat(propose(round, "CLUSTER", Role.OFFICER, units.district()))
        .hasStatus(HttpStatus.CREATED)
        .bodyJson()
        .satisfies(
            body -> {
              body.assertThat().extractingPath("$.done").isEqualTo(true);
              body.assertThat().extractingPath("$.drafted.length()").asNumber().isEqualTo(1);
              body.assertThat()
                  .extractingPath("$.drafted[0].unitName")
                  .asString()
                  .startsWith("Công đoàn Công ty May A");
              body.assertThat()
                  .extractingPath("$.drafted[0].ranking")
                  .asString()
                  .startsWith("Xếp thứ 1/2 cụm Cụm doanh nghiệp " + units.district() + ", điểm 100")
                  .contains("đợt 1", "tạm tính");
            });
    assertThat(
            jdbc.sql(
                    """
                    select honour_code || '/' || grade || '/' || state || '/' || proposing_unit_id
                    from nomination where round_id = :round and collective_unit_id = :unit
                    """)
                .param("round", round)
                .param("unit", units.factoryA())
                .query(String.class)
                .list())
        .containsExactly("CO_TDXS/1/DRAFT/" + units.factoryA());
    assertThat(
            jdbc.sql(
                    """
                    select count(*) from audit_event a join nomination n
                      on a.entity_type = 'Nomination' and a.entity_id = n.id::text
                    where n.round_id = :round and a.action = 'CREATE'
                    """)
                .param("round", round)
                .query(Long.class)
                .single())
        .isEqualTo(1);

    assertThat(propose(round, "SECTOR", Role.OFFICER, units.district()))
        .hasStatus(HttpStatus.CREATED)
        .bodyJson()
        .satisfies(
            body -> {
              body.assertThat().extractingPath("$.drafted.length()").asNumber().isEqualTo(1);
              body.assertThat()
                  .extractingPath("$.drafted[0].unitName")
                  .asString()
                  .startsWith("Công đoàn Trường Tiểu học C");
              body.assertThat().extractingPath("$.skipped.length()").asNumber().isEqualTo(1);
              body.assertThat()
                  .extractingPath("$.skipped[0]")
                  .asString()
                  .startsWith("Công đoàn Công ty May A");
            });
  }

  @Test
  void onlyTheOfficerOfTheRoundsUnitProposesAndOthersLearnNothing() {
    long round = roundOf(units.district(), "CO_TDXS");
    long otherProvince = fixtures.province("Tỉnh khác đề nghị cờ");

    assertThat(propose(round, "CLUSTER", Role.OFFICER, units.factoryA())).hasStatus4xxClientError();
    assertThat(propose(round, "CLUSTER", Role.OFFICER, otherProvince))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(count(round)).isZero();
  }

  @Test
  void refusesARoundThatDoesNotSelectTheFlag() {
    long round = roundOf(units.district(), "CNG");

    assertThatThrownBy(
            () ->
                Users.runAs(
                    Users.user(Role.OFFICER, units.district()),
                    () ->
                        proposals.propose(
                            round,
                            new RankingProposal(
                                movement.id(), first.id(), null, 1, RankingProposal.Per.CLUSTER))))
        .isInstanceOf(DomainException.class)
        .hasMessageContaining("nomination.ranking.noFlag");
    assertThat(count(round)).isZero();
  }

  @Test
  void thePageProposesFromTheChosenPhase() {
    long round = roundOf(units.district(), "CO_TDXS");

    assertThat(
            mvc.get()
                .uri("/nominations/rounds/{id}/from-ranking", round)
                .with(Users.as(Role.OFFICER, units.district())))
        .hasStatusOk()
        .bodyText()
        .contains("Đề nghị từ kết quả xếp hạng", movement.name() + " – đợt 1");
    assertThat(
            mvc.post()
                .uri("/nominations/rounds/{id}/from-ranking", round)
                .param("ranking", movement.id() + ":" + first.id())
                .param("places", "1")
                .param("per", "CLUSTER")
                .with(Users.as(Role.OFFICER, units.district()))
                .with(csrf()))
        .hasStatus(HttpStatus.FOUND)
        .flash()
        .containsKey("notice");
    assertThat(count(round)).isEqualTo(1);
  }

  private MvcTestResult propose(long round, String per, Role role, long unit) {
    return mvc.post()
        .uri("/api/nomination-rounds/{id}/ranking-proposals", round)
        .with(Users.as(role, unit))
        .contentType(MediaType.APPLICATION_JSON)
        .content(
            """
            {"movementId": %d, "phaseId": %d, "places": 1, "per": "%s"}
            """
                .formatted(movement.id(), first.id(), per))
        .exchange();
  }

  private long count(long round) {
    return jdbc.sql("select count(*) from nomination where round_id = :round")
        .param("round", round)
        .query(Long.class)
        .single();
  }

  /** A round of the unit this year selecting the honour at grade 1, open for a month. */
  private long roundOf(long unitId, String honourCode) {
    long round =
        jdbc.sql(
                """
                insert into nomination_round (unit_id, unit_path, name, year, period_from,
                                              period_to, deadline, threshold, created_by)
                select id, path, :name, :year, make_date(:year, 1, 1), make_date(:year, 12, 31),
                       :deadline, 'SIMPLE_MAJORITY', 'test'
                  from org_unit where id = :unit
                returning id
                """)
            .param("unit", unitId)
            .param("name", "Đợt xét cờ " + UUID.randomUUID().toString().substring(0, 8))
            .param("year", LocalDate.now().getYear())
            .param("deadline", LocalDate.now().plusDays(30))
            .query(Long.class)
            .single();
    jdbc.sql(
            "insert into nomination_round_honour (round_id, position, honour_code, grade)"
                + " values (:round, 0, :honour, 1)")
        .param("round", round)
        .param("honour", honourCode)
        .update();
    return round;
  }

  private void report(long unit, int initiatives, int accidents, int agreement) {
    List<MovementView.CriterionView> criteria = movement.criteria();
    Users.runAs(
        Users.user(Role.OFFICER, unit),
        () ->
            progress.report(
                movement.id(),
                first.id(),
                unit,
                new ProgressDraft(
                    List.of(
                        new ProgressDraft.Value(
                            criteria.get(0).id(), BigDecimal.valueOf(initiatives), null),
                        new ProgressDraft.Value(
                            criteria.get(1).id(), BigDecimal.valueOf(accidents), null),
                        new ProgressDraft.Value(
                            criteria.get(2).id(), BigDecimal.valueOf(agreement), null)),
                    null)));
  }
}
