package vn.thidua.organisation;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
@Transactional(readOnly = true)
class TallyLedger implements Tallies {

  /**
   * The units directly below the root as the subtree places them (those that had ended by the day
   * where they stood on their last day: unit_span, V70 and V73, read through unit_span_parent_idx);
   * then each one's rolled-up sums for the day, its own and the root's own, less the records of
   * units that did not stand anywhere yet on the day (their first place counts from the beginning
   * of time in subtree_tally, so that units founded on different days share rows; late_tally, V68,
   * keeps the same sums by founding day, and the rows of units founded after the day are taken
   * away).
   */
  private static final String SUM_SQL =
      """
      with children as materialized (
        select s.unit_id
          from unit_span s
         where s.parent_id = :root and s.valid_from <= :asOf and s.placed_to > :asOf
      )
      select child_id, figure, sum(amount) as amount
        from (select t.node_id as child_id, t.figure, t.amount
                from subtree_tally t
               where t.node_id in (select unit_id from children)
                 and t.figure >= :prefix and t.figure < :prefixEnd
                 and t.month between :fromMonth and :toMonth
                 and t.placed_from <= :asOf and t.placed_to > :asOf
              union all
              select nullif(t.unit_id, :root), t.figure, t.amount
                from (select cast(:root as bigint) as unit_id
                      union all select unit_id from children) own
                join unit_tally t on t.unit_id = own.unit_id
               where t.figure >= :prefix and t.figure < :prefixEnd
                 and t.month between :fromMonth and :toMonth
              union all
              select l.node_id, l.figure, -l.amount
                from late_tally l
               where l.node_id in (select unit_id from children)
                 and l.first_from > :asOf
                 and l.figure >= :prefix and l.figure < :prefixEnd
                 and l.month between :fromMonth and :toMonth) sums
       group by child_id, figure
      having sum(amount) <> 0
      """;

  /** The first month {@link #sumUpTo} reads: before every month the ledger holds. */
  static final LocalDate BEGINNING = LocalDate.of(1, 1, 1);

  private final JdbcClient jdbc;

  TallyLedger(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public boolean covers(Subtree subtree, LocalDate from, LocalDate to) {
    return subtree.grouping() == Subtree.Grouping.UNIT_BELOW && Tallies.wholeMonths(from, to);
  }

  @Override
  public List<Tally> sum(Subtree subtree, LocalDate from, LocalDate to, String prefix) {
    requireCovered(subtree, from, to);
    return read(subtree, from, to, prefix);
  }

  @Override
  public List<Tally> sumUpTo(Subtree subtree, LocalDate to, String prefix) {
    requireCovered(subtree, to.withDayOfMonth(1), to);
    return read(subtree, BEGINNING, to, prefix);
  }

  private void requireCovered(Subtree subtree, LocalDate from, LocalDate to) {
    if (!covers(subtree, from, to)) {
      throw new IllegalArgumentException("The ledger answers whole months by unit below only");
    }
  }

  private List<Tally> read(Subtree subtree, LocalDate from, LocalDate to, String prefix) {
    if (prefix.isEmpty()) {
      throw new IllegalArgumentException("A figure prefix names its module");
    }
    return jdbc.sql(SUM_SQL)
        .param("root", subtree.root().id())
        .param("asOf", subtree.asOf())
        .param("prefix", prefix)
        .param("prefixEnd", OrgUnits.pathUpperBound(prefix))
        .param("fromMonth", from)
        .param("toMonth", to.withDayOfMonth(1))
        .query(
            (rs, n) ->
                new Tally(
                    rs.getObject("child_id", Long.class),
                    rs.getString("figure"),
                    rs.getLong("amount")))
        .list();
  }
}
