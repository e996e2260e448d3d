package vn.thidua.decision;

import java.util.List;

/**
 * A decision before it is issued.
 *
 * @param subject the summary line (trích yếu), e.g. "Về việc khen thưởng Công nhân giỏi năm 2020"
 * @param bases the legal and factual bases (căn cứ), one per entry
 */
public record DecisionDraft(
    long issuingUnitId,
    int year,
    String subject,
    List<String> bases,
    String signerName,
    String signerPosition,
    List<AwardeeDraft> awardees) {

  public DecisionDraft {
    bases = bases == null ? List.of() : List.copyOf(bases);
    awardees = awardees == null ? List.of() : List.copyOf(awardees);
  }
}
