package vn.thidua.nomination;

import java.util.List;

/**
 * Many people of the proposing unit nominated at once for one honour, with a common achievement
 * report each dossier starts from: all of them, or none when any is refused.
 */
public record BulkNomination(
    Long proposingUnitId,
    String honourCode,
    Integer grade,
    List<Long> personIds,
    String achievements) {

  public BulkNomination {
    personIds = personIds == null ? List.of() : List.copyOf(personIds);
  }
}
