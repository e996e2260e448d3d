package vn.thidua.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.shared.web.DomainException;

/** What a decision's heading must say before it is saved, and when it may be issued. */
final class DraftRules {

  static final int SUBJECT_MAX = 500;
  static final int NAME_MAX = 200;
  static final int BASIS_MAX = 1000;
  static final int BASES_MAX = 20;
  static final int CITATION_MAX = 4000;

  private DraftRules() {}

  /** The heading cleaned of surrounding spaces, or a refusal naming the first fault. */
  static Heading aCompleteHeading(DecisionDraft draft, int thisYear) {
    if (draft.year() < 1945 || draft.year() > thisYear + 1) {
      throw DomainException.invalid("decision.year.invalid", draft.year());
    }
    String subject = required(draft.subject(), "decision.subject.missing");
    if (subject.length() > SUBJECT_MAX) {
      throw DomainException.invalid("decision.subject.tooLong", SUBJECT_MAX);
    }
    String signer = required(draft.signerName(), "decision.signer.missing");
    String position = required(draft.signerPosition(), "decision.signerPosition.missing");
    if (signer.length() > NAME_MAX || position.length() > NAME_MAX) {
      throw DomainException.invalid("decision.signer.tooLong", NAME_MAX);
    }
    List<String> bases = new ArrayList<>();
    for (String basis : draft.bases()) {
      if (basis == null || basis.isBlank()) {
        continue;
      }
      if (basis.strip().length() > BASIS_MAX) {
        throw DomainException.invalid("decision.basis.tooLong", BASIS_MAX);
      }
      bases.add(basis.strip());
    }
    if (bases.size() > BASES_MAX) {
      throw DomainException.invalid("decision.bases.tooMany", BASES_MAX);
    }
    return new Heading(draft.year(), subject, bases, signer, position);
  }

  /** The only change an issued decision admits is its replacement by a later decision. */
  static void onlyADraftChanges(DecisionStatus status, String symbol) {
    if (status != DecisionStatus.DRAFT) {
      throw DomainException.invalid("decision.issued.immutable", symbol);
    }
  }

  static void aDecisionThatAwardsNamesAwardees(DecisionKind kind, int awardees) {
    if (kind != DecisionKind.REVOKE && awardees == 0) {
      throw DomainException.invalid("decision.issue.noAwardees");
    }
    if (kind == DecisionKind.REVOKE && awardees > 0) {
      throw DomainException.invalid("decision.revoke.noAwardees");
    }
  }

  /** Signed on a real day no later than today and not before the year it honours. */
  static void aPlausibleSigningDay(LocalDate signedOn, int year, LocalDate today) {
    if (signedOn == null) {
      throw DomainException.invalid("decision.signedOn.missing");
    }
    if (signedOn.isAfter(today)) {
      throw DomainException.invalid("decision.signedOn.future", signedOn);
    }
    if (signedOn.getYear() < year) {
      throw DomainException.invalid("decision.signedOn.beforeYear", signedOn, year);
    }
  }

  static String citation(String citation) {
    String clean = citation == null ? "" : citation.strip();
    if (clean.length() > CITATION_MAX) {
      throw DomainException.invalid("decision.citation.tooLong", CITATION_MAX);
    }
    return clean;
  }

  private static String required(String value, String key) {
    if (value == null || value.isBlank()) {
      throw DomainException.invalid(key);
    }
    return value.strip();
  }

  record Heading(
      int year, String subject, List<String> bases, String signerName, String signerPosition) {

    String basesText() {
      return String.join("\n", bases);
    }
  }
}
