package vn.thidua.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.honours.HonourAward;
import vn.thidua.honours.Honours;
import vn.thidua.honours.Recipient;
import vn.thidua.nomination.HonourRef;
import vn.thidua.nomination.NominationHistory;
import vn.thidua.nomination.NominationHistory.CouncilMember;
import vn.thidua.nomination.NominationHistory.FinishedRound;
import vn.thidua.nomination.NominationHistory.PastNomination;
import vn.thidua.nomination.Threshold;

/**
 * Bắc Từ Liêm's selection of Công nhân giỏi cấp quận in 2020: five hundred workers of its
 * enterprises, honoured Công nhân giỏi at their grassroots unions, were proposed and the district's
 * council selected 54, for whom {@link DemoDecisions} drafts and issues the district's decision.
 */
@Component
class DemoNominations {

  static final int YEAR = 2020;
  static final int PROPOSED = 500;
  static final int SELECTED = 54;

  private final JdbcClient jdbc;
  private final Honours honours;
  private final NominationHistory history;

  DemoNominations(JdbcClient jdbc, Honours honours, NominationHistory history) {
    this.jdbc = jdbc;
    this.honours = honours;
    this.history = history;
  }

  record Worker(long id, long unitId, String fullName) {}

  /** Records the finished round; returns its id. */
  long load(DemoOrganisation.Units units, DemoAccounts.Created logins) {
    List<Long> enterprises =
        BacTuLiem.grassrootsUnits().stream()
            .filter(unit -> "DN".equals(unit.sectorCode()))
            .map(unit -> units.grassroots().get(unit.name()))
            .toList();
    List<Worker> workers =
        jdbc.sql(
                """
                select id, unit_id, full_name from person
                 where unit_id in (:units) and started_on <= date '2020-01-01'
                   and (left_on is null or left_on > date '2020-12-31')
                 order by id
                 limit :limit
                """)
            .param("units", enterprises)
            .param("limit", PROPOSED)
            .query(Worker.class)
            .list();
    honours.recordAwarded(
        workers.stream()
            .map(
                w ->
                    new HonourAward(
                        "CNG", 1, Recipient.INDIVIDUAL, w.id(), null, YEAR, w.unitId(), null))
            .toList());
    int every = Math.max(1, workers.size() / SELECTED);
    List<PastNomination> past = new ArrayList<>();
    int selected = 0;
    for (int i = 0; i < workers.size(); i++) {
      Worker worker = workers.get(i);
      boolean approved = i % every == 0 && selected < SELECTED;
      if (approved) {
        selected++;
      }
      past.add(
          new PastNomination(
              worker.unitId(),
              worker.id(),
              worker.fullName(),
              "Hoàn thành xuất sắc nhiệm vụ năm 2020, năng suất vượt định mức, được công nhận"
                  + " Công nhân giỏi cấp cơ sở.",
              approved,
              approved ? null : "Không đạt ngưỡng biểu quyết của Hội đồng"));
    }
    List<CouncilMember> council =
        List.of(member(logins.login("btl.hoidong")), member(logins.login("btl.giamkhao")));
    return history.recordFinishedRound(
        new FinishedRound(
            units.bacTuLiem(),
            "Xét chọn Công nhân giỏi cấp quận năm 2020",
            YEAR,
            LocalDate.of(YEAR, 11, 30),
            Threshold.SIMPLE_MAJORITY,
            new HonourRef("CNG", 2),
            council,
            Instant.parse("2020-12-15T02:00:00Z"),
            past));
  }

  private static CouncilMember member(DemoAccounts.Login login) {
    return new CouncilMember(login.userId(), login.username(), login.fullName());
  }
}
