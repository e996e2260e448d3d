package vn.thidua.decision;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The next decision number of an issuing unit in a calendar year. The counter row is created or
 * incremented in one statement whose row lock lasts until the issuing transaction ends, so two
 * officers issuing at once wait for each other and never get the same number; a rolled-back issuing
 * gives its number back. The unique constraint on (unit, year, number) stands behind it.
 */
@Component
class Numbering {

  private final JdbcClient jdbc;

  Numbering(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Transactional(propagation = Propagation.MANDATORY)
  int next(long issuingUnitId, int year) {
    return jdbc.sql(
            """
            insert into decision_counter (issuing_unit_id, number_year, last_number)
            values (:unit, :year, 1)
            on conflict (issuing_unit_id, number_year)
            do update set last_number = decision_counter.last_number + 1
            returning last_number
            """)
        .param("unit", issuingUnitId)
        .param("year", year)
        .query(Integer.class)
        .single();
  }
}
