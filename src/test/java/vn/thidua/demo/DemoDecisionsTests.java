package vn.thidua.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.decision.DecisionFilter;
import vn.thidua.decision.DecisionStatus;
import vn.thidua.decision.DecisionSummary;
import vn.thidua.decision.Decisions;
import vn.thidua.decision.HonourBoard;
import vn.thidua.decision.HonourBoardFilter;
import vn.thidua.decision.HonourEntry;
import vn.thidua.shared.security.Role;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

@IntegrationTest
class DemoDecisionsTests {

  @Autowired JdbcClient jdbc;
  @Autowired Decisions decisions;
  @Autowired HonourBoard board;

  @Test
  void bacTuLiemIssuedTwoDecisionsFor2020WithStoriesOnTheBoard() {
    long btl = jdbc.sql("select id from org_unit where code = 'HN-BTL'").query(Long.class).single();
    AtomicReference<List<DecisionSummary>> issued = new AtomicReference<>();
    Users.runAs(
        Users.user(Role.VIEWER, btl),
        () ->
            issued.set(
                decisions
                    .search(new DecisionFilter(2020, DecisionStatus.ISSUED, btl), 0, 50)
                    .items()));
    assertThat(issued.get())
        .extracting(DecisionSummary::symbol)
        .containsExactlyInAnyOrder("1/QĐ-LĐLĐ", "2/QĐ-LĐLĐ");
    assertThat(issued.get()).extracting(DecisionSummary::awardees).containsExactlyInAnyOrder(4, 5);

    List<HonourEntry> exemplary =
        board.search(new HonourBoardFilter("", btl, 2020, null), 0, 50).items().stream()
            .filter(HonourEntry::hasStory)
            .toList();
    assertThat(exemplary).hasSize(2).allMatch(HonourEntry::hasPhoto);
    assertThat(board.photo(exemplary.get(0).lineId()))
        .hasValueSatisfying(photo -> assertThat(photo.contentType()).isEqualTo("image/png"));
  }
}
