package vn.thidua.initiative.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.thidua.initiative.AuthorEntry;
import vn.thidua.initiative.InitiativeField;
import vn.thidua.initiative.InitiativeForm;
import vn.thidua.initiative.InitiativeView;
import vn.thidua.initiative.MoneyText;
import vn.thidua.shared.time.Dates;
import vn.thidua.shared.web.DomainException;

/**
 * The entry form as the browser sends it: dates, amounts and shares as typed, so that a refused
 * form comes back exactly as the user left it. Each author row names its inputs after the person
 * ({@code share_12}, {@code reason_12}) because a single value of a list field would be split at
 * its commas.
 */
class InitiativePageForm {

  private Long unitId;
  private Long programmeId;
  private String title;
  private String summary;
  private InitiativeField field;
  private String authorGroup;
  private String appliedOn;
  private String benefitVnd;
  private String benefitDescription;
  private String submittedOn;
  private boolean confirmDuplicate;
  private Integer version;
  private List<AuthorLine> authors = new ArrayList<>();

  static InitiativePageForm of(InitiativeView view) {
    InitiativePageForm form = new InitiativePageForm();
    form.unitId = view.unitId();
    form.programmeId = view.programmeId();
    form.title = view.title();
    form.summary = view.summary();
    form.field = view.field();
    form.authorGroup = view.authorGroup();
    form.appliedOn = Dates.format(view.appliedOn());
    form.benefitVnd =
        view.benefitVnd() == null
            ? ""
            : String.format(java.util.Locale.ROOT, "%,d", view.benefitVnd()).replace(',', '.');
    form.benefitDescription = view.benefitDescription();
    form.submittedOn = Dates.format(view.submittedOn());
    form.version = view.version();
    for (InitiativeView.Author author : view.authors()) {
      form.authors.add(
          new AuthorLine(
              author.personId(),
              author.fullName(),
              author.share().stripTrailingZeros().toPlainString().replace('.', ','),
              author.outsideReason() == null ? "" : author.outsideReason()));
    }
    return form;
  }

  /** Reads the author rows: the ids in order, and each row's inputs named after its person. */
  void readAuthors(List<Long> authorIds, Map<String, String> params) {
    authors = new ArrayList<>();
    if (authorIds == null) {
      return;
    }
    for (Long id : authorIds) {
      if (id != null) {
        authors.add(
            new AuthorLine(
                id,
                params.getOrDefault("name_" + id, ""),
                params.getOrDefault("share_" + id, ""),
                params.getOrDefault("reason_" + id, "")));
      }
    }
  }

  InitiativeForm toCommand(String appliedOnLabel, String submittedOnLabel) {
    List<AuthorEntry> entries = new ArrayList<>();
    for (AuthorLine line : authors) {
      entries.add(new AuthorEntry(line.personId(), share(line), line.reason()));
    }
    return new InitiativeForm(
        unitId,
        programmeId,
        title,
        summary,
        field,
        entries,
        authorGroup,
        date(appliedOn, appliedOnLabel),
        MoneyText.parseVnd(benefitVnd),
        benefitDescription,
        date(submittedOn, submittedOnLabel),
        confirmDuplicate,
        version);
  }

  private static BigDecimal share(AuthorLine line) {
    String text = line.share() == null ? "" : line.share().strip().replace(',', '.');
    if (text.endsWith("%")) {
      text = text.substring(0, text.length() - 1).strip();
    }
    if (text.isEmpty()) {
      return null;
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      throw DomainException.invalid("initiative.authors.shareNumber", line.name(), line.share());
    }
  }

  private static LocalDate date(String text, String label) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return Dates.parse(text)
        .orElseThrow(() -> DomainException.invalid("initiative.date.invalid", label, text));
  }

  public Long getUnitId() {
    return unitId;
  }

  public void setUnitId(Long unitId) {
    this.unitId = unitId;
  }

  public Long getProgrammeId() {
    return programmeId;
  }

  public void setProgrammeId(Long programmeId) {
    this.programmeId = programmeId;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public InitiativeField getField() {
    return field;
  }

  public void setField(InitiativeField field) {
    this.field = field;
  }

  public String getAuthorGroup() {
    return authorGroup;
  }

  public void setAuthorGroup(String authorGroup) {
    this.authorGroup = authorGroup;
  }

  public String getAppliedOn() {
    return appliedOn;
  }

  public void setAppliedOn(String appliedOn) {
    this.appliedOn = appliedOn;
  }

  public String getBenefitVnd() {
    return benefitVnd;
  }

  public void setBenefitVnd(String benefitVnd) {
    this.benefitVnd = benefitVnd;
  }

  public String getBenefitDescription() {
    return benefitDescription;
  }

  public void setBenefitDescription(String benefitDescription) {
    this.benefitDescription = benefitDescription;
  }

  public String getSubmittedOn() {
    return submittedOn;
  }

  public void setSubmittedOn(String submittedOn) {
    this.submittedOn = submittedOn;
  }

  public boolean isConfirmDuplicate() {
    return confirmDuplicate;
  }

  public void setConfirmDuplicate(boolean confirmDuplicate) {
    this.confirmDuplicate = confirmDuplicate;
  }

  public Integer getVersion() {
    return version;
  }

  public void setVersion(Integer version) {
    this.version = version;
  }

  public List<AuthorLine> getAuthors() {
    return authors;
  }
}
