package vn.thidua.audit;

import java.time.LocalDate;
import java.util.Locale;

/**
 * Which audit entries to list; every part is optional. A unit includes its subtree; the user is
 * matched by username; dates are whole days in Vietnam's time zone, both ends included.
 */
public record AuditFilter(
    Long unitId, String actor, String entityType, String entityId, LocalDate from, LocalDate to) {

  public AuditFilter {
    actor = blankToNull(actor);
    actor = actor == null ? null : actor.toLowerCase(Locale.ROOT);
    entityType = blankToNull(entityType);
    entityId = blankToNull(entityId);
  }

  public static AuditFilter everything() {
    return new AuditFilter(null, null, null, null, null, null);
  }

  /** The history of one record. */
  public static AuditFilter forEntity(String entityType, Object entityId) {
    return new AuditFilter(null, null, entityType, String.valueOf(entityId), null, null);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
