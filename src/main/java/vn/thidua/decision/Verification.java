package vn.thidua.decision;

import java.time.LocalDate;

/**
 * What the public verification page shows of a certificate's code: who was honoured with what, by
 * which decision, and whether it still stands.
 *
 * @param genuine always true: a code that matches no issued decision is not found at all
 * @param inForce false when a later decision revoked or amended the decision
 */
public record Verification(
    String code,
    boolean genuine,
    boolean inForce,
    DecisionStatus status,
    String awardeeName,
    String workplaceName,
    String honourName,
    int year,
    String decisionSymbol,
    LocalDate signedOn,
    String issuingUnitName,
    String supersededBySymbol,
    LocalDate supersededOn) {}
