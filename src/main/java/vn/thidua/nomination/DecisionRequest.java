package vn.thidua.nomination;

import java.util.List;

/**
 * What the reviewing unit's officer says of the decision drafted from a round.
 *
 * @param subject the summary line (trích yếu); a default one names the round when blank
 * @param bases the bases (căn cứ), one per entry; may be empty
 */
public record DecisionRequest(
    String subject, List<String> bases, String signerName, String signerPosition) {

  public DecisionRequest {
    bases = bases == null ? List.of() : List.copyOf(bases);
  }
}
