package vn.thidua.shared.document;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The parts of the Vietnamese administrative layout that come from the issuing unit.
 *
 * @param superiorBody the body above the issuer, printed over its name; null at the top
 * @param issuingBody the issuer's name
 * @param authority the organ that decides, e.g. "BAN THƯỜNG VỤ LIÊN ĐOÀN LAO ĐỘNG QUẬN …"
 * @param placeName the place before the date, e.g. "Hà Nội"
 */
public record Letterhead(
    String superiorBody, String issuingBody, String authority, String placeName) {

  public static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  public static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  public static final String MOTTO = "Độc lập – Tự do – Hạnh phúc";

  private static final Pattern PROVINCE_PREFIX =
      Pattern.compile(
          "^(Liên đoàn Lao động|LĐLĐ)\\s+(thành phố|tỉnh|TP\\.?)?\\s*", Pattern.CASE_INSENSITIVE);
  private static final String CAPITAL = "Hà Nội";
  private static final Map<String, String> ABBREVIATIONS =
      Map.of(
          "NATIONAL", "TLĐ",
          "PROVINCE", "LĐLĐ",
          "DISTRICT", "LĐLĐ",
          "WARD", "CĐP",
          "INDUSTRY", "CĐN",
          "ZONE", "CĐKCN",
          "GRASSROOTS", "CĐCS",
          "SUBUNIT", "CĐBP");

  /**
   * A union's letterhead: the body directly above it (null at the top), its name, and its organ —
   * the executive committee of a grassroots union, the standing committee above.
   */
  public static Letterhead of(
      String superiorName, String unitName, boolean grassroots, String placeName) {
    String organ = grassroots ? "BAN CHẤP HÀNH " : "BAN THƯỜNG VỤ ";
    return new Letterhead(upper(superiorName), upper(unitName), organ + upper(unitName), placeName);
  }

  /** The place named by a provincial union ("Liên đoàn Lao động thành phố Hà Nội": "Hà Nội"). */
  public static String placeOf(String provinceName) {
    if (provinceName == null) {
      return CAPITAL;
    }
    String place = PROVINCE_PREFIX.matcher(provinceName).replaceFirst("").strip();
    return place.isEmpty() ? CAPITAL : place;
  }

  /** The issuer's abbreviation after a document's symbol ("15/QĐ-LĐLĐ"), by the unit's level. */
  public static String abbreviationOf(String levelCode) {
    return ABBREVIATIONS.getOrDefault(levelCode, "CĐ");
  }

  public static String upper(String text) {
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
  public String signsFor() {
    for (String organ : new String[] {"BAN THƯỜNG VỤ", "BAN CHẤP HÀNH"}) {
      if (authority.startsWith(organ)) {
        return "TM. " + organ;
      }
    }
    return "";
  }
}
