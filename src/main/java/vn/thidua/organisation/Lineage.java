package vn.thidua.organisation;

import java.time.LocalDate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.shared.security.CurrentUser;

/** The unit_lineage table: which unit became which, and when. */
@Component
class Lineage {

  enum Kind {
    MOVE,
    MERGE,
    SPLIT,
    DISSOLVE
  }

  private final JdbcClient jdbc;

  Lineage(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void record(Kind kind, LocalDate on, long predecessorId, Long successorId) {
    jdbc.sql(
            """
            insert into unit_lineage (kind, effective_on, predecessor_id, successor_id, recorded_by)
            values (:kind, :on, :predecessor, :successor, :by)
            """)
        .param("kind", kind.name())
        .param("on", on)
        .param("predecessor", predecessorId)
        .param("successor", successorId)
        .param("by", CurrentUser.name())
        .update();
  }
}
