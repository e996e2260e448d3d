package vn.thidua.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.decision.DecisionDocuments;
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
  @Autowired DecisionDocuments documents;
  @Autowired HonourBoard board;

  long btl;

  @BeforeEach
  void bacTuLiem() {
    btl = jdbc.sql("select id from org_unit where code = 'HN-BTL'").query(Long.class).single();
  }

  <T> T asViewer(Supplier<T> work) {
    AtomicReference<T> result = new AtomicReference<>();
    Users.runAs(Users.user(Role.VIEWER, btl), () -> result.set(work.get()));
    return result.get();
  }

  List<DecisionSummary> issuedIn2020() {
    return asViewer(
        () ->
            decisions.search(new DecisionFilter(2020, DecisionStatus.ISSUED, btl), 0, 50).items());
  }

  @Test
  void bacTuLiemIssuedItsMeritDecisionAndTheDecisionOfItsGoodWorkersRound() {
    assertThat(issuedIn2020())
        .extracting(DecisionSummary::symbol, DecisionSummary::awardees)
        .containsExactlyInAnyOrder(
            tuple("1/QĐ-LĐLĐ", 4), tuple("2/QĐ-LĐLĐ", DemoNominations.SELECTED));
  }

  @Test
  void theRoundEndedWithEverySelectedNominationDecidedOnALineOfTheDecision() {
    Map<String, Long> byState =
        jdbc
            .sql(
                """
                select n.state, count(*) from nomination n
                  join nomination_round r on r.id = n.round_id
                 where r.unit_id = :btl and r.year = 2020
                   and r.name = 'Xét chọn Công nhân giỏi cấp quận năm 2020'
                 group by n.state
                """)
            .param("btl", btl)
            .query((rs, row) -> Map.entry(rs.getString(1), rs.getLong(2)))
            .list()
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertThat(byState)
        .containsOnly(
            Map.entry("DECIDED", (long) DemoNominations.SELECTED),
            Map.entry(
                "NOT_APPROVED", (long) (DemoNominations.PROPOSED - DemoNominations.SELECTED)));
    long linked =
        jdbc.sql(
                """
                select count(*) from decision_line l
                  join decision d on d.id = l.decision_id
                  join nomination n on n.id = l.nomination_id and n.decision_id = d.id
                 where d.issuing_unit_id = :btl and d.symbol = '2/QĐ-LĐLĐ' and d.year = 2020
                """)
            .param("btl", btl)
            .query(Long.class)
            .single();
    assertThat(linked).isEqualTo(DemoNominations.SELECTED);
  }

  @Test
  void theHonourBoardShowsThe2020AwardeesWithStoriesAndPortraits() {
    var entries = board.search(new HonourBoardFilter("", btl, 2020, null), 0, 100);
    assertThat(entries.total()).isEqualTo(4 + DemoNominations.SELECTED);
    assertThat(entries.items())
        .filteredOn(entry -> entry.honourCode().equals("CNG"))
        .hasSize(DemoNominations.SELECTED);
    List<HonourEntry> exemplary = entries.items().stream().filter(HonourEntry::hasStory).toList();
    assertThat(exemplary).hasSize(5).allMatch(HonourEntry::hasPhoto);
    assertThat(board.photo(exemplary.get(0).lineId()))
        .hasValueSatisfying(photo -> assertThat(photo.contentType()).isEqualTo("image/png"));
  }

  @Test
  void printsOneCertificatePerGoodWorkerInOneFile() throws IOException {
    long decisionId =
        issuedIn2020().stream()
            .filter(decision -> decision.symbol().equals("2/QĐ-LĐLĐ"))
            .findFirst()
            .orElseThrow()
            .id();
    byte[] pdf = asViewer(() -> documents.certificates(decisionId).content());
    try (PdfReader reader = new PdfReader(pdf)) {
      assertThat(reader.getNumberOfPages()).isEqualTo(DemoNominations.SELECTED);
      assertThat(new PdfTextExtractor(reader).getTextFromPage(DemoNominations.SELECTED))
          .contains("Mã xác thực");
    }
  }
}
