package vn.thidua.audit;

import java.time.ZoneId;
import java.util.List;
import vn.thidua.shared.time.Dates;
import vn.thidua.shared.web.Paged;

/**
 * The audit module's facade: reading the log within the units the signed-in user may see. Entries
 * without a unit are shown only to administrators of the whole hierarchy. There is no way to change
 * or remove an entry.
 */
public interface AuditTrail {

  /** Days in filters and times in entries are Vietnam's, wherever the server runs. */
  ZoneId ZONE = Dates.VIETNAM;

  /**
   * Entries matching the filter, newest first, pages counted from 0 and at most {@link
   * Paged#MAX_SIZE} entries each; refuses a unit the user may not see (404).
   */
  Paged<AuditEntry> search(AuditFilter filter, int page, int size);

  /** One entry, or a "not found" refusal when it does not exist or the user may not see it. */
  AuditEntry require(long id);

  /** The kinds of record the log holds, in alphabetical order, to offer in a filter. */
  List<String> entityTypes();
}
