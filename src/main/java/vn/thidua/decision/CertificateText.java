package vn.thidua.decision;

import vn.thidua.honours.HonourKind;
import vn.thidua.honours.Recipient;
import vn.thidua.shared.document.Letterhead;

/** The words printed on one awardee's certificate. */
record CertificateText(
    String superiorBody,
    String issuingBody,
    String title,
    String authority,
    String awardeeName,
    String awardeeDetail,
    String achievement,
    String placeAndDate,
    String signsFor,
    String signerPosition,
    String signerName,
    String decisionReference,
    String shortCode,
    String verificationUrl) {

  static CertificateText of(
      DecisionView decision, AwardeeLine line, Letterhead letterhead, String verificationUrl) {
    String detail =
        line.recipient() == Recipient.INDIVIDUAL
            ? (line.jobTitle() == null || line.jobTitle().isBlank() ? "" : line.jobTitle() + ", ")
                + line.workplaceName()
            : "";
    String achievement =
        line.honourKind() == HonourKind.TITLE
            ? "Đạt danh hiệu “" + line.honourName() + "” năm " + decision.year()
            : line.citation().isBlank()
                ? "Đã có thành tích xuất sắc năm " + decision.year()
                : "Đã có thành tích: " + line.citation();
    return new CertificateText(
        letterhead.superiorBody(),
        letterhead.issuingBody(),
        titleOf(line),
        letterhead.authority(),
        Letterhead.upper(line.awardeeName()),
        detail,
        achievement,
        letterhead.placeAndDate(decision.signedOn()),
        letterhead.signsFor(),
        Letterhead.upper(decision.signerPosition()),
        decision.signerName(),
        "Quyết định số " + decision.symbol(),
        line.shortCode(),
        verificationUrl);
  }

  /** "GIẤY KHEN", "BẰNG KHEN"; a title is certified with "GIẤY CHỨNG NHẬN". */
  static String titleOf(AwardeeLine line) {
    String name = line.honourName().toLowerCase(Letterhead.VIETNAMESE);
    if (line.honourKind() == HonourKind.AWARD) {
      if (name.startsWith("bằng khen")) {
        return "BẰNG KHEN";
      }
      if (name.startsWith("giấy khen")) {
        return "GIẤY KHEN";
      }
    }
    return "GIẤY CHỨNG NHẬN";
  }
}
