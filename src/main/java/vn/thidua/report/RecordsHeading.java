package vn.thidua.report;

import java.time.LocalDate;
import vn.thidua.organisation.UnitSummary;

/**
 * What a list of the records behind a review figure names besides the records: the reviewed unit,
 * the period and the day of the hierarchy it counts on, the breakdown, and the breakdown row asked
 * for.
 *
 * @param groupName the unit's, sector's or cluster's name of the row asked for; null for the whole
 *     subtree, for the row of what is in none (group 0), or for a row the user may not see
 */
public record RecordsHeading(
    UnitSummary unit, ReviewPeriod period, LocalDate asOf, Breakdown by, String groupName) {}
