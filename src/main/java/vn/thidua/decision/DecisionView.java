package vn.thidua.decision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A decision as other modules and the API see it.
 *
 * @param number null while a draft
 * @param symbol the number and symbol, e.g. "12/QĐ-LĐLĐ"; while a draft only "…/QĐ-LĐLĐ"
 * @param targetDecisionId the earlier decision a REVOKE or AMEND decision names
 * @param supersededById the later decision that revoked or amended this one
 */
public record DecisionView(
    long id,
    long issuingUnitId,
    String issuingUnitName,
    int year,
    DecisionKind kind,
    Long targetDecisionId,
    String targetSymbol,
    Integer number,
    String symbol,
    DecisionStatus status,
    String subject,
    List<String> bases,
    String signerName,
    String signerPosition,
    LocalDate signedOn,
    Instant issuedAt,
    Long supersededById,
    List<AwardeeLine> awardees,
    int version) {

  public DecisionView {
    bases = List.copyOf(bases);
    awardees = List.copyOf(awardees);
  }

  public boolean draft() {
    return status == DecisionStatus.DRAFT;
  }
}
