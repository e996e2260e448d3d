package vn.thidua.initiative;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organisation.Subtree;
import vn.thidua.organisation.Tallies;
import vn.thidua.shared.web.DomainException;
import vn.thidua.shared.web.FigureRecord;
import vn.thidua.shared.web.FigureRecordQuery;
import vn.thidua.shared.web.Paged;

@Service
@Transactional(readOnly = true)
class InitiativeFigureQueries implements InitiativeFigures {

  /**
   * Submissions by submission day, recognitions by decision day, and the benefit of each initiative
   * on the day of its first recognition (so that a period's benefit is the sum of its months'); an
   * initiative counts under its unit as the subtree places it. The ledger keeps the same figures
   * (V65): the two must agree.
   */
  private static final String TALLY_SQL =
      """
          select pl.child_id, null as level, count(*) as submitted, 0 as recognised, 0 as benefit
            from initiative i
            join placed pl on pl.unit_id = i.unit_id
           where i.submitted_on between :from and :to
           group by pl.child_id
          union all
          select pl.child_id, r.level, 0, count(*), 0
            from initiative_review r
            join placed pl on pl.unit_id = r.initiative_unit_id
           where r.outcome = 'RECOGNISED' and r.decided_on between :from and :to
           group by pl.child_id, r.level
          union all
          select pl.child_id, null, 0, 0, coalesce(sum(i.benefit_vnd), 0)
            from initiative i
            join placed pl on pl.unit_id = i.unit_id
           where i.first_recognised_on between :from and :to
           group by pl.child_id
          """;

  /**
   * Distinct people cannot be summed by month, so they are counted from the records for any days:
   * the period's recognitions with their initiative's unit from initiative_review_recognised_idx,
   * their people from initiative_author_people_idx, neither the initiatives nor the author rows
   * read (V65).
   */
  private static final String AUTHORS_SQL =
      """
          select count(distinct a.person_id)
            from initiative_review r
            join placed pl on pl.unit_id = r.initiative_unit_id
            join initiative_author a on a.initiative_id = r.initiative_id
           where r.outcome = 'RECOGNISED' and r.decided_on between :from and :to
          """;

  /**
   * The same count over whole months from recognised_author (V72), the people of each unit's
   * recognitions by month: read by month for a large subtree, by unit for a small one.
   */
  private static final String LEDGER_AUTHORS_SQL =
      """
          select count(distinct ra.person_id)
            from recognised_author ra
            join placed pl on pl.unit_id = ra.unit_id
           where ra.month between :from and :to
          """;

  /**
   * The records behind each figure, exactly those TALLY_SQL and AUTHORS_SQL count, after {@code
   * placed}. A recognition's note is the unit that decided it; an author counts once in a group (or
   * in the whole subtree, {@code :perGroup} false).
   */
  private static final Map<String, String> RECORDS =
      Map.of(
          "submitted",
          """
          select pl.child_id, i.title as label, u.name as unit_name, i.submitted_on as day,
                 null as note, '/initiatives/' || i.id as href
            from initiative i
            join placed pl on pl.unit_id = i.unit_id
            join org_unit u on u.id = i.unit_id
           where i.submitted_on between :from and :to
          """,
          "recognised",
          """
          select pl.child_id, i.title as label, u.name as unit_name, r.decided_on as day,
                 d.name as note, '/initiatives/' || i.id as href
            from initiative_review r
            join placed pl on pl.unit_id = r.initiative_unit_id
            join initiative i on i.id = r.initiative_id
            join org_unit u on u.id = i.unit_id
            join org_unit d on d.id = r.unit_id
           where r.outcome = 'RECOGNISED' and r.decided_on between :from and :to
             and (cast(:level as varchar) is null or r.level = cast(:level as varchar))
          """,
          "benefit",
          """
          select pl.child_id, i.title as label, u.name as unit_name, i.first_recognised_on as day,
                 replace(to_char(i.benefit_vnd, 'FM999,999,999,999,999,999'), ',', '.') as note,
                 '/initiatives/' || i.id as href
            from initiative i
            join placed pl on pl.unit_id = i.unit_id
            join org_unit u on u.id = i.unit_id
           where i.first_recognised_on between :from and :to
          """,
          "authors",
          """
          select case when :perGroup then pl.child_id end as child_id, p.full_name as label,
                 min(pu.name) as unit_name, min(r.decided_on) as day, null as note,
                 '/people/' || p.id as href
            from initiative_review r
            join placed pl on pl.unit_id = r.initiative_unit_id
            join initiative_author a on a.initiative_id = r.initiative_id
            join person p on p.id = a.person_id
            join org_unit pu on pu.id = p.unit_id
           where r.outcome = 'RECOGNISED' and r.decided_on between :from and :to
           group by 1, p.id, p.full_name
          """);

  /** The ledger's figures (V65): {@code initiatives/recognised/<LEVEL>} takes the level. */
  static final String FIGURES = "initiatives/";

  private static final String SUBMITTED = FIGURES + "submitted";
  private static final String RECOGNISED = FIGURES + "recognised/";
  private static final String BENEFIT = FIGURES + "benefit";

  private final JdbcClient jdbc;
  private final Tallies tallies;

  InitiativeFigureQueries(JdbcClient jdbc, Tallies tallies) {
    this.jdbc = jdbc;
    this.tallies = tallies;
  }

  @Override
  public List<InitiativeTally> tally(Subtree subtree, LocalDate from, LocalDate to) {
    if (tallies.covers(subtree, from, to)) {
      return tallies.sum(subtree, from, to, FIGURES).stream()
          .map(InitiativeFigureQueries::fromLedger)
          .toList();
    }
    return counted(subtree, from, to);
  }

  private static InitiativeTally fromLedger(Tallies.Tally tally) {
    String figure = tally.figure();
    long amount = tally.amount();
    if (figure.equals(SUBMITTED)) {
      return new InitiativeTally(tally.childId(), null, amount, 0, 0);
    }
    if (figure.equals(BENEFIT)) {
      return new InitiativeTally(tally.childId(), null, 0, 0, amount);
    }
    if (figure.startsWith(RECOGNISED)) {
      RecognitionLevel level = RecognitionLevel.valueOf(figure.substring(RECOGNISED.length()));
      return new InitiativeTally(tally.childId(), level, 0, amount, 0);
    }
    throw new IllegalStateException("Unknown initiative figure in the ledger: " + figure);
  }

  /** The same figures counted from the records: any grouping and any days. */
  List<InitiativeTally> counted(Subtree subtree, LocalDate from, LocalDate to) {
    return jdbc.sql("with " + subtree.placed() + TALLY_SQL)
        .params(subtree.parameters())
        .param("from", from)
        .param("to", to)
        .query(
            (rs, n) -> {
              String level = rs.getString("level");
              return new InitiativeTally(
                  rs.getObject("child_id", Long.class),
                  level == null ? null : RecognitionLevel.valueOf(level),
                  rs.getLong("submitted"),
                  rs.getLong("recognised"),
                  rs.getLong("benefit"));
            })
        .list();
  }

  /**
   * From recognised_author whenever the period is whole months, whatever the subtree's grouping:
   * the count is over the whole subtree, and {@code placed} lists the same units however it groups
   * them.
   */
  @Override
  public long recognisedAuthors(Subtree subtree, LocalDate from, LocalDate to) {
    if (Tallies.wholeMonths(from, to)) {
      return authors(LEDGER_AUTHORS_SQL, subtree, from, to.withDayOfMonth(1));
    }
    return countedAuthors(subtree, from, to);
  }

  /** The same count from the records: any days. */
  long countedAuthors(Subtree subtree, LocalDate from, LocalDate to) {
    return authors(AUTHORS_SQL, subtree, from, to);
  }

  private long authors(String sql, Subtree subtree, LocalDate from, LocalDate to) {
    return jdbc.sql("with " + subtree.placed() + sql)
        .params(subtree.parameters(from, to))
        .query(Long.class)
        .single();
  }

  @Override
  public Paged<FigureRecord> records(
      Subtree subtree,
      Long childId,
      LocalDate from,
      LocalDate to,
      String figure,
      String argument,
      int page,
      int size) {
    String sql = "with " + subtree.placed() + FigureRecordQuery.statement(RECORDS, figure);
    Map<String, Object> parameters = subtree.parameters(from, to);
    parameters.put("level", level(argument));
    parameters.put("perGroup", childId != null);
    return FigureRecordQuery.page(jdbc, sql, parameters, childId, page, size);
  }

  private static String level(String argument) {
    if (argument == null) {
      return null;
    }
    try {
      return RecognitionLevel.valueOf(argument).name();
    } catch (IllegalArgumentException unknown) {
      throw DomainException.notFound("review.figure.unknown");
    }
  }
}
