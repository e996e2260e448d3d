package vn.thidua.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.thidua.shared.web.DomainException;

/**
 * The instants that whole days in Vietnam begin and end, so that "to 31/12" takes in the evening of
 * the 31st wherever the server's clock is set.
 *
 * @param start inclusive, null for no lower bound
 * @param end exclusive, null for no upper bound
 */
record AuditPeriod(OffsetDateTime start, OffsetDateTime end) {

  static AuditPeriod of(LocalDate from, LocalDate to) {
    if (from != null && to != null && from.isAfter(to)) {
      throw DomainException.invalid("audit.badRange");
    }
    return new AuditPeriod(
        from == null ? null : from.atStartOfDay(AuditTrail.ZONE).toOffsetDateTime(),
        to == null ? null : to.plusDays(1).atStartOfDay(AuditTrail.ZONE).toOffsetDateTime());
  }
}
