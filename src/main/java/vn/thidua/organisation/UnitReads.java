package vn.thidua.organisation;

import java.time.LocalDate;
import java.util.List;
import vn.thidua.shared.web.Paged;

/** Reads of the hierarchy for pages and the API. */
public interface UnitReads {

  /** Units the signed-in user may see whose name contains the words, diacritics optional. */
  Paged<UnitSummary> search(String query, int page, int size);

  /** The units from the top down to the unit's parent, as the tree stood on the date. */
  List<UnitSummary> ancestors(long unitId, LocalDate date);

  /** Where the unit stood over time, and the merges, splits and dissolution that touched it. */
  List<UnitHistory> history(long unitId);
}
