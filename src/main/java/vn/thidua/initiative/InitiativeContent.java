package vn.thidua.initiative;

import java.time.LocalDate;
import vn.thidua.shared.web.DomainException;

/**
 * What an initiative says, checked: a title, a summary, its field, the day it was first applied,
 * and its benefit as money (đồng), as a description of what it improved, or both.
 */
record InitiativeContent(
    String title,
    String summary,
    InitiativeField field,
    LocalDate appliedOn,
    Long benefitVnd,
    String benefitDescription) {

  static final int MAX_TITLE = 500;
  static final int MAX_SUMMARY = 10_000;
  static final int MAX_BENEFIT = 5_000;

  static InitiativeContent check(
      String title,
      String summary,
      InitiativeField field,
      LocalDate appliedOn,
      Long benefitVnd,
      String benefitDescription,
      LocalDate today) {
    String cleanTitle = clean(title);
    if (cleanTitle == null) {
      throw DomainException.invalid("initiative.title.blank");
    }
    if (cleanTitle.length() > MAX_TITLE) {
      throw DomainException.invalid("initiative.title.tooLong", MAX_TITLE);
    }
    String cleanSummary = summary == null || summary.isBlank() ? null : summary.strip();
    if (cleanSummary == null) {
      throw DomainException.invalid("initiative.summary.blank");
    }
    if (cleanSummary.length() > MAX_SUMMARY) {
      throw DomainException.invalid("initiative.summary.tooLong", MAX_SUMMARY);
    }
    if (field == null) {
      throw DomainException.invalid("initiative.field.missing");
    }
    if (appliedOn == null) {
      throw DomainException.invalid("initiative.appliedOn.missing");
    }
    if (appliedOn.isAfter(today)) {
      throw DomainException.invalid("initiative.appliedOn.future", appliedOn);
    }
    String description =
        benefitDescription == null || benefitDescription.isBlank()
            ? null
            : benefitDescription.strip();
    if (benefitVnd == null && description == null) {
      throw DomainException.invalid("initiative.benefit.none");
    }
    if (benefitVnd != null && (benefitVnd < 0 || benefitVnd > MoneyText.MAX)) {
      throw DomainException.invalid("initiative.benefit.negative");
    }
    if (description != null && description.length() > MAX_BENEFIT) {
      throw DomainException.invalid("initiative.benefit.tooLong", MAX_BENEFIT);
    }
    return new InitiativeContent(
        cleanTitle, cleanSummary, field, appliedOn, benefitVnd, description);
  }

  private static String clean(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return text.strip().replaceAll("\\s+", " ");
  }
}
