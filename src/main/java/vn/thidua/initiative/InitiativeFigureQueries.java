package vn.thidua.initiative;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organisation.Subtree;

@Service
@Transactional(readOnly = true)
class InitiativeFigureQueries implements InitiativeFigures {

  /**
   * Submissions by submission day, recognitions by decision day, and the benefit of each initiative
   * recognised in the period once, however many levels recognised it; an initiative counts under
   * its unit as the subtree places it.
   */
  private static final String TALLY_SQL =
      "with "
          + Subtree.PLACED
          + """
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
      "with "
          + Subtree.PLACED
          + """
          select count(distinct a.person_id)
            from initiative_review r
            join initiative i on i.id = r.initiative_id
            join placed pl on pl.unit_id = i.unit_id
            join initiative_author a on a.initiative_id = i.id
           where r.outcome = 'RECOGNISED' and r.decided_on between :from and :to
          """;

  private final JdbcClient jdbc;

  InitiativeFigureQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<InitiativeTally> tally(Subtree subtree, LocalDate from, LocalDate to) {
    return jdbc.sql(TALLY_SQL)
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
    return jdbc.sql(AUTHORS_SQL)
        .params(subtree.parameters())
        .param("from", from)
        .param("to", to)
        .query(Long.class)
        .single();
  }
}
