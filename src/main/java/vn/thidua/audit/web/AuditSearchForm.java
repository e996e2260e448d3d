package vn.thidua.audit.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Optional;
import java.util.StringJoiner;
import vn.thidua.audit.AuditFilter;
import vn.thidua.shared.time.Dates;

/**
 * The filters as typed on the page: dates stay text until they are checked. Public, with public
 * methods, because the page template calls them.
 */
public record AuditSearchForm(
    Long unitId,
    String actor,
    String entityType,
    String entityId,
    String from,
    String to,
    Integer page) {

  public int pageNumber() {
    return page == null || page < 0 ? 0 : page;
  }

  public boolean fromInvalid() {
    return invalid(from);
  }

  public boolean toInvalid() {
    return invalid(to);
  }

  public boolean rangeInvalid() {
    Optional<LocalDate> first = Dates.parse(from);
    Optional<LocalDate> last = Dates.parse(to);
    return first.isPresent() && last.isPresent() && first.get().isAfter(last.get());
  }

  public boolean hasErrors() {
    return fromInvalid() || toInvalid() || rangeInvalid();
  }

  public AuditFilter filter() {
    return new AuditFilter(
        unitId,
        actor,
        entityType,
        entityId,
        Dates.parse(from).orElse(null),
        Dates.parse(to).orElse(null));
  }

  /** The query string that shows the given page with the same filters. */
  public String queryFor(int pageNumber) {
    StringJoiner query = new StringJoiner("&", "?", "");
    addIfPresent(query, "unitId", unitId == null ? null : unitId.toString());
    addIfPresent(query, "actor", actor);
    addIfPresent(query, "entityType", entityType);
    addIfPresent(query, "entityId", entityId);
    addIfPresent(query, "from", from);
    addIfPresent(query, "to", to);
    if (pageNumber > 0) {
      query.add("page=" + pageNumber);
    }
    return query.toString();
  }

  private static void addIfPresent(StringJoiner query, String name, String value) {
    if (value != null && !value.isBlank()) {
      query.add(name + "=" + URLEncoder.encode(value.strip(), StandardCharsets.UTF_8));
    }
  }

  private static boolean invalid(String date) {
    return date != null && !date.isBlank() && Dates.parse(date).isEmpty();
  }
}
