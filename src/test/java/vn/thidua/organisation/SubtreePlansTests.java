package vn.thidua.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;

/** Locating a subtree plans the caller's further statements for their values, until it commits. */
@IntegrationTest
class SubtreePlansTests {

  @Autowired Subtrees subtrees;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;
  @Autowired PlatformTransactionManager transactionManager;

  @Test
  void plansTheCallersStatementsForTheirValuesUntilTheTransactionEnds() {
    long province = fixtures.province("Tỉnh kế hoạch truy vấn");
    TransactionTemplate transactions = new TransactionTemplate(transactionManager);
    transactions.setReadOnly(true);
    String inside =
        transactions.execute(
            status -> {
              subtrees.find(province, LocalDate.of(2025, 12, 31)).orElseThrow();
              return jdbc.sql("show plan_cache_mode").query(String.class).single();
            });
    assertThat(inside).isEqualTo("force_custom_plan");
    assertThat(jdbc.sql("show plan_cache_mode").query(String.class).single()).isEqualTo("auto");
  }
}
