package vn.thidua.decision;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.honours.Recipient;
import vn.thidua.shared.pdf.PdfBlocks;
import vn.thidua.shared.time.Dates;

/**
 * The words of a decision in the Vietnamese administrative layout, the same for the PDF and the
 * DOCX: heading, title, bases, articles, recipients, signature and the annexed list of awardees.
 */
record DecisionText(
    DecisionView decision,
    Letterhead letterhead,
    String numberLine,
    String placeAndDate,
    String title,
    String subject,
    String authority,
    List<String> bases,
    List<String> articles,
    List<String> recipients,
    String signsFor,
    String signerPosition,
    String signerName,
    String annexTitle,
    String annexReference) {

  static final String NATION = PdfBlocks.NATION;
  static final String MOTTO = PdfBlocks.MOTTO;
  static final String DRAFT_MARK = "DỰ THẢO";

  static DecisionText of(DecisionView decision, Letterhead letterhead, DecisionView target) {
    String number = "Số: " + decision.symbol();
    List<String> articles = new ArrayList<>();
    switch (decision.kind()) {
      case AWARD -> {
        articles.add("Điều 1. " + awardArticle(decision));
      }
      case REVOKE ->
          articles.add(
              "Điều 1. Thu hồi "
                  + reference(target)
                  + " và các danh hiệu, hình thức khen thưởng đã tặng theo Quyết định đó.");
      case AMEND ->
          articles.add(
              "Điều 1. Sửa đổi "
                  + reference(target)
                  + ": danh sách khen thưởng được thay thế bằng danh sách kèm theo Quyết định"
                  + " này. "
                  + awardArticle(decision));
    }
    articles.add("Điều 2. Quyết định có hiệu lực kể từ ngày ký.");
    articles.add(
        "Điều 3. Các đơn vị, cá nhân có tên tại Điều 1 và các bộ phận có liên quan căn cứ"
            + " Quyết định thi hành./.");
    String annexReference =
        "(Kèm theo Quyết định số "
            + decision.symbol()
            + (decision.signedOn() == null ? "" : " ngày " + Dates.format(decision.signedOn()))
            + " của "
            + (letterhead.authority().startsWith("BAN CHẤP HÀNH")
                ? "Ban Chấp hành "
                : "Ban Thường vụ ")
            + decision.issuingUnitName()
            + ")";
    return new DecisionText(
        decision,
        letterhead,
        number,
        letterhead.placeAndDate(decision.signedOn()),
        "QUYẾT ĐỊNH",
        decision.subject(),
        letterhead.authority(),
        decision.bases(),
        articles,
        List.of("Như Điều 3;", "Lưu: VT."),
        letterhead.signsFor(),
        Letterhead.upper(decision.signerPosition()),
        decision.signerName(),
        "DANH SÁCH KHEN THƯỞNG",
        annexReference);
  }

  /** "Tặng Giấy khen cho 3 cá nhân, 1 tập thể …" grouped by honour in the order of the list. */
  static String awardArticle(DecisionView decision) {
    Map<String, int[]> byHonour = new LinkedHashMap<>();
    for (AwardeeLine line : decision.awardees()) {
      int[] counts = byHonour.computeIfAbsent(line.honourName(), name -> new int[2]);
      counts[line.recipient() == Recipient.INDIVIDUAL ? 0 : 1]++;
    }
    List<String> parts = new ArrayList<>();
    byHonour.forEach(
        (honour, counts) -> {
          List<String> who = new ArrayList<>();
          if (counts[0] > 0) {
            who.add(counts[0] + " cá nhân");
          }
          if (counts[1] > 0) {
            who.add(counts[1] + " tập thể");
          }
          parts.add("“" + honour + "” cho " + String.join(", ", who));
        });
    if (parts.isEmpty()) {
      return "Tặng danh hiệu, hình thức khen thưởng cho các cá nhân, tập thể có tên trong danh"
          + " sách kèm theo.";
    }
    return "Tặng "
        + String.join("; ", parts)
        + " đã có thành tích xuất sắc, có tên trong danh sách kèm theo.";
  }

  private static String reference(DecisionView target) {
    if (target == null) {
      return "quyết định trước";
    }
    return "Quyết định số "
        + target.symbol()
        + (target.signedOn() == null ? "" : " ngày " + Dates.format(target.signedOn()))
        + " về việc "
        + stripAbout(target.subject());
  }

  private static String stripAbout(String subject) {
    String lower = subject.toLowerCase(Letterhead.VIETNAMESE);
    return lower.startsWith("về việc ") ? subject.substring(8) : subject;
  }

  boolean draft() {
    return decision.draft();
  }

  boolean hasAnnex() {
    return !decision.awardees().isEmpty();
  }

  /** The row of the annexed table for a line: name, unit, honour, achievements. */
  static List<String> annexRow(AwardeeLine line) {
    String who =
        line.recipient() == Recipient.INDIVIDUAL
            ? line.awardeeName() + (line.jobTitle() == null ? "" : "\n" + line.jobTitle())
            : line.awardeeName();
    String unit = line.recipient() == Recipient.INDIVIDUAL ? line.workplaceName() : "Tập thể";
    return List.of(String.valueOf(line.position()), who, unit, line.honourName(), line.citation());
  }

  static final List<String> ANNEX_HEADINGS =
      List.of("STT", "Họ và tên / Tập thể", "Đơn vị", "Danh hiệu, hình thức", "Thành tích");
}
