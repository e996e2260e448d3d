package vn.thidua.initiative;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Finds the unit a spreadsheet row names by its code. */
@Component
class ImportUnitCodes {

  private final JdbcClient jdbc;

  ImportUnitCodes(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The unit with the code, matched exactly, or else ignoring case when only one unit matches. */
  Optional<Long> byCode(String code) {
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
    return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
  }
}
