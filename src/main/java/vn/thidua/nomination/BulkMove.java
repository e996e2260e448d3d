package vn.thidua.nomination;

import java.util.List;

/** One action on several nominations of a round: all of them, or none when any is refused. */
public record BulkMove(NominationAction action, String reason, List<Long> nominationIds) {

  public BulkMove {
    nominationIds = nominationIds == null ? List.of() : List.copyOf(nominationIds);
  }
}
