package vn.thidua.movement.web;

import java.time.LocalDate;
import vn.thidua.movement.AgreementDraft;
import vn.thidua.movement.AgreementScope;
import vn.thidua.movement.AgreementView;

/** The agreement form as the browser posts it. */
public class AgreementForm {

  private Long organiserId;
  private AgreementScope scope = AgreementScope.CLUSTER;
  private Long sectorId;
  private Long clusterId;
  private Integer year;
  private String title;
  private String content;
  private LocalDate signingDeadline;
  private Integer version;

  static AgreementForm blank(long organiserId, int year) {
    AgreementForm form = new AgreementForm();
    form.organiserId = organiserId;
    form.year = year;
    return form;
  }

  static AgreementForm of(AgreementView agreement) {
    AgreementForm form = new AgreementForm();
    form.organiserId = agreement.organiserId();
    form.scope = agreement.scope();
    form.sectorId = agreement.sectorId();
    form.clusterId = agreement.clusterId();
    form.year = agreement.year();
    form.title = agreement.title();
    form.content = agreement.content();
    form.signingDeadline = agreement.signingDeadline();
    form.version = agreement.version();
    return form;
  }

  AgreementDraft toDraft() {
    return new AgreementDraft(
        organiserId, scope, sectorId, clusterId, year, title, content, signingDeadline, version);
  }

  public Long getOrganiserId() {
    return organiserId;
  }

  public void setOrganiserId(Long organiserId) {
    this.organiserId = organiserId;
  }

  public AgreementScope getScope() {
    return scope;
  }

  public void setScope(AgreementScope scope) {
    this.scope = scope;
  }

  public Long getSectorId() {
    return sectorId;
  }

  public void setSectorId(Long sectorId) {
    this.sectorId = sectorId;
  }

  public Long getClusterId() {
    return clusterId;
  }

  public void setClusterId(Long clusterId) {
    this.clusterId = clusterId;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getContent() {
    return content;
  }

  public void setContent(String content) {
    this.content = content;
  }

  public LocalDate getSigningDeadline() {
    return signingDeadline;
  }

  public void setSigningDeadline(LocalDate signingDeadline) {
    this.signingDeadline = signingDeadline;
  }

  public Integer getVersion() {
    return version;
  }

  public void setVersion(Integer version) {
    this.version = version;
  }
}
