package vn.thidua.decision.web;

import java.util.Arrays;
import java.util.List;
import vn.thidua.decision.DecisionDraft;
import vn.thidua.decision.DecisionKind;
import vn.thidua.decision.DecisionView;

/** The heading form of a draft, as the page posts it: the bases one per line. */
public class DecisionPageForm {

  private Long issuingUnitId;
  private Integer year;
  private String subject = "";
  private String bases = "";
  private String signerName = "";
  private String signerPosition = "";
  private Integer version;
  private DecisionKind kind = DecisionKind.AWARD;
  private Long targetId;

  static DecisionPageForm of(DecisionView decision) {
    DecisionPageForm form = new DecisionPageForm();
    form.issuingUnitId = decision.issuingUnitId();
    form.year = decision.year();
    form.subject = decision.subject();
    form.bases = String.join("\n", decision.bases());
    form.signerName = decision.signerName();
    form.signerPosition = decision.signerPosition();
    form.version = decision.version();
    form.kind = decision.kind();
    form.targetId = decision.targetDecisionId();
    return form;
  }

  DecisionDraft toDraft(List<vn.thidua.decision.AwardeeDraft> awardees) {
    List<String> lines = Arrays.stream(bases == null ? new String[0] : bases.split("\\R")).toList();
    return new DecisionDraft(
        issuingUnitId == null ? 0 : issuingUnitId,
        year == null ? 0 : year,
        subject,
        lines,
        signerName,
        signerPosition,
        awardees);
  }

  public Long getIssuingUnitId() {
    return issuingUnitId;
  }

  public void setIssuingUnitId(Long issuingUnitId) {
    this.issuingUnitId = issuingUnitId;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public String getBases() {
    return bases;
  }

  public void setBases(String bases) {
    this.bases = bases;
  }

  public String getSignerName() {
    return signerName;
  }

  public void setSignerName(String signerName) {
    this.signerName = signerName;
  }

  public String getSignerPosition() {
    return signerPosition;
  }

  public void setSignerPosition(String signerPosition) {
    this.signerPosition = signerPosition;
  }

  public Integer getVersion() {
    return version;
  }

  public void setVersion(Integer version) {
    this.version = version;
  }

  public DecisionKind getKind() {
    return kind;
  }

  public void setKind(DecisionKind kind) {
    this.kind = kind;
  }

  public Long getTargetId() {
    return targetId;
  }

  public void setTargetId(Long targetId) {
    this.targetId = targetId;
  }
}
