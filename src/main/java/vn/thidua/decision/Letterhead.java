package vn.thidua.decision;

import java.time.LocalDate;
import java.util.Locale;

/**
 * The parts of the Vietnamese administrative layout that come from the issuing unit, for its
 * decisions and for other documents of the unit (a council's minutes).
 *
 * @param superiorBody the body above the issuer, printed over its name; null at the top
 * @param issuingBody the issuer's name
 * @param authority the organ that decides, e.g. "BAN THƯỜNG VỤ LIÊN ĐOÀN LAO ĐỘNG QUẬN …"
 * @param placeName the place before the date, e.g. "Hà Nội"
 */
public record Letterhead(
    String superiorBody, String issuingBody, String authority, String placeName) {

  static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  static String upper(String text) {
    return text == null ? null : text.toUpperCase(VIETNAMESE);
  }

  /** "Hà Nội, ngày 15 tháng 01 năm 2021"; a draft leaves the day blank for the signer. */
  public String placeAndDate(LocalDate day) {
    if (day == null) {
      return placeName + ", ngày     tháng     năm 20   ";
    }
    return "%s, ngày %02d tháng %02d năm %d"
        .formatted(placeName, day.getDayOfMonth(), day.getMonthValue(), day.getYear());
  }

  /** The organ the signer signs for: "TM. BAN THƯỜNG VỤ" (on behalf of the standing committee). */
  String signsFor() {
    for (String organ : new String[] {"BAN THƯỜNG VỤ", "BAN CHẤP HÀNH"}) {
      if (authority.startsWith(organ)) {
        return "TM. " + organ;
      }
    }
    return "";
  }
}
