package vn.thidua.people;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.organisation.OrgUnits;

/** Finds the unit a spreadsheet row names by its code, if the importing user may change it. */
@Component
class ImportUnits {

  private final JdbcClient jdbc;
  private final OrgUnits units;

  ImportUnits(JdbcClient jdbc, OrgUnits units) {
    this.jdbc = jdbc;
    this.units = units;
  }

  /**
   * The unit with the code, matched exactly or else ignoring case when only one unit matches; empty
   * when there is none or the user may not change it, so that a code outside the user's scope does
   * not reveal whether it exists.
   */
  Optional<Long> changeableByCode(String code) {
    String wanted = code.strip();
    List<Long> exact =
        jdbc.sql("select id from org_unit where code = :code")
            .param("code", wanted)
            .query(Long.class)
            .list();
    List<Long> found =
        exact.isEmpty()
            ? jdbc.sql("select id from org_unit where lower(code) = lower(:code) limit 2")
                .param("code", wanted)
                .query(Long.class)
                .list()
            : exact;
    if (found.size() != 1) {
      return Optional.empty();
    }
    return Optional.of(found.get(0)).filter(units::canChange);
  }
}
