/**
 * Decisions on awards (quyết định khen thưởng): drafts, issuing with a number unique per issuing
 * unit and year, immutability once issued (revoked or amended only by a later decision that names
 * it), the decision as PDF and DOCX, certificates with a verification code, and the public honour
 * board. Other modules use {@link vn.thidua.decision.Decisions} and listen to {@link
 * vn.thidua.decision.DecisionIssued}.
 */
@ApplicationModule(
    displayName = "Decisions",
    allowedDependencies = {"shared", "organisation", "people", "honours"})
package vn.thidua.decision;

import org.springframework.modulith.ApplicationModule;
