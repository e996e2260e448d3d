package vn.thidua.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.organisation.Subtree;
import vn.thidua.organisation.Subtrees;

/**
 * Checks that a module's triggers keep its figures in the ledger (V63) exactly: its units' own sums
 * are what counting its records gives, and the rolled-up sums (by place, subtree_tally, and by
 * founding day, late_tally of V68) are what a rebuild makes.
 */
@Component
public class LedgerChecks {

  private final JdbcClient jdbc;
  private final Subtrees subtrees;

  public LedgerChecks(JdbcClient jdbc, Subtrees subtrees) {
    this.jdbc = jdbc;
    this.subtrees = subtrees;
  }

  /** A module's figures of a subtree over a period, one way or another. */
  @FunctionalInterface
  public interface Figures<T> {
    List<T> of(Subtree subtree, LocalDate from, LocalDate to);
  }

  /**
   * The figures of the root's subtree as of the day read from the ledger, after checking that
   * counting the records gives the same and that the module's tally (which chooses) gives them too.
   */
  public <T> List<T> assertBothWays(
      long root,
      LocalDate asOf,
      LocalDate from,
      LocalDate to,
      Figures<T> fromLedger,
      Figures<T> counted,
      Figures<T> tally) {
    Subtree subtree = subtrees.find(root, asOf).orElseThrow();
    List<T> withLedger = fromLedger.of(subtree, from, to);
    assertThat(withLedger)
        .as("%d as of %s over %s..%s", root, asOf, from, to)
        .containsExactlyInAnyOrderElementsOf(counted.of(subtree, from, to));
    assertThat(tally.of(subtree, from, to)).containsExactlyInAnyOrderElementsOf(withLedger);
    return withLedger;
  }

  /**
   * The figures starting with {@code prefix} in unit_tally equal, zeros aside, the rows of {@code
   * countingSql}: {@code unit_id, month} (the first day), {@code figure, amount} counted from the
   * records.
   */
  public void assertKeptAsCounted(String prefix, String countingSql) {
    List<Map<String, Object>> kept =
        jdbc.sql(
                """
                select unit_id, month, figure::text as figure, amount from unit_tally
                 where figure like :prefix and amount <> 0 order by 1, 2, 3
                """)
            .param("prefix", prefix + "%")
            .query()
            .listOfRows();
    List<Map<String, Object>> counted =
        jdbc.sql(
                "select unit_id, month, figure::text as figure, amount::bigint as amount from ("
                    + countingSql
                    + ") counted where amount <> 0 order by 1, 2, 3")
            .query()
            .listOfRows();
    assertThat(kept).isEqualTo(counted);
  }

  /** Rebuilding the rolled-up sums of the figures starting with {@code prefix} changes nothing. */
  public void assertRebuildChangesNothing(String prefix) {
    List<Map<String, Object>> before = rolledUp(prefix);
    jdbc.sql("select rebuild_subtree_tallies(:prefix)")
        .param("prefix", prefix)
        .query()
        .listOfRows();
    assertThat(rolledUp(prefix)).isEqualTo(before);
  }

  private List<Map<String, Object>> rolledUp(String prefix) {
    return jdbc.sql(
            """
            select 'place' as kept, node_id, figure::text as figure, month, placed_from as day,
                   placed_to, amount
              from subtree_tally where figure like :prefix and amount <> 0
            union all
            select 'founded', node_id, figure::text, month, first_from, null, amount
              from late_tally where figure like :prefix and amount <> 0
             order by 1, 2, 3, 4, 5, 6
            """)
        .param("prefix", prefix + "%")
        .query()
        .listOfRows();
  }
}
