package vn.thidua.shared.time;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** Dates as Vietnamese users write them: dd/MM/yyyy. */
public final class Dates {

  /** Vietnam's time zone: "today" and the day of an instant are always Vietnam's. */
  public static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

  public static final String PATTERN = "dd/MM/yyyy";
  public static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);

  /** Reads 1/7/2025 as well as 01/07/2025, but never a day that does not exist. */
  private static final DateTimeFormatter READER =
      DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

  private Dates() {}

  public static String format(LocalDate date) {
    return date == null ? "" : FORMAT.format(date);
  }

  /** Accepts dd/MM/yyyy and ISO yyyy-MM-dd (what an HTML date input sends). */
  public static Optional<LocalDate> parse(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    String value = text.strip();
    try {
      return Optional.of(
          value.contains("/") ? LocalDate.parse(value, READER) : LocalDate.parse(value));
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }
}
