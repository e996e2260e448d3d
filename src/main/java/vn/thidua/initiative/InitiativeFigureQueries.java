package vn.thidua.initiative;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organisation.Subtree;
import vn.thidua.shared.web.DomainException;
import vn.thidua.shared.web.FigureRecord;
import vn.thidua.shared.web.FigureRecordQuery;
import vn.thidua.shared.web.Paged;

@Service
@Transactional(readOnly = true)
class InitiativeFigureQueries implements InitiativeFigures {

  /**
   * Submissions by submission day, recognitions by decision day, and the benefit of each initiative
   * recognised in the period once, however many levels recognised it; an initiative counts under
   * its unit as the subtree places it.
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
            join initiative i on i.id = r.initiative_id
            join placed pl on pl.unit_id = i.unit_id
           where r.outcome = 'RECOGNISED' and r.decided_on between :from and :to
           group by pl.child_id, r.level
          union all
          select pl.child_id, null, 0, 0, coalesce(sum(i.benefit_vnd), 0)
            from initiative i
            join placed pl on pl.unit_id = i.unit_id
           where exists (select 1 from initiative_review r
                          where r.initiative_id = i.id and r.outcome = 'RECOGNISED'
                            and r.decided_on between :from and :to)
           group by pl.child_id
          """;

  private static final String AUTHORS_SQL =
      """
          select count(distinct a.person_id)
            from initiative_review r
            join initiative i on i.id = r.initiative_id
            join placed pl on pl.unit_id = i.unit_id
            join initiative_author a on a.initiative_id = i.id
           where r.outcome = 'RECOGNISED' and r.decided_on between :from and :to
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
            join initiative i on i.id = r.initiative_id
            join placed pl on pl.unit_id = i.unit_id
            join org_unit u on u.id = i.unit_id
            join org_unit d on d.id = r.unit_id
           where r.outcome = 'RECOGNISED' and r.decided_on between :from and :to
             and (cast(:level as varchar) is null or r.level = cast(:level as varchar))
          """,
          "benefit",
          """
          select pl.child_id, i.title as label, u.name as unit_name,
                 (select min(r.decided_on) from initiative_review r
                   where r.initiative_id = i.id and r.outcome = 'RECOGNISED'
                     and r.decided_on between :from and :to) as day,
                 replace(to_char(i.benefit_vnd, 'FM999,999,999,999,999,999'), ',', '.') as note,
                 '/initiatives/' || i.id as href
            from initiative i
            join placed pl on pl.unit_id = i.unit_id
            join org_unit u on u.id = i.unit_id
           where exists (select 1 from initiative_review r
                          where r.initiative_id = i.id and r.outcome = 'RECOGNISED'
                            and r.decided_on between :from and :to)
          """,
          "authors",
          """
          select case when :perGroup then pl.child_id end as child_id, p.full_name as label,
                 min(pu.name) as unit_name, min(r.decided_on) as day, null as note,
                 '/people/' || p.id as href
            from initiative_review r
            join initiative i on i.id = r.initiative_id
            join placed pl on pl.unit_id = i.unit_id
            join initiative_author a on a.initiative_id = i.id
            join person p on p.id = a.person_id
            join org_unit pu on pu.id = p.unit_id
           where r.outcome = 'RECOGNISED' and r.decided_on between :from and :to
           group by 1, p.id, p.full_name
          """);

  private final JdbcClient jdbc;

  InitiativeFigureQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<InitiativeTally> tally(Subtree subtree, LocalDate from, LocalDate to) {
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

  @Override
  public long recognisedAuthors(Subtree subtree, LocalDate from, LocalDate to) {
    return jdbc.sql("with " + subtree.placed() + AUTHORS_SQL)
        .params(subtree.parameters())
        .param("from", from)
        .param("to", to)
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
