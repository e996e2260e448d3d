package vn.thidua.nomination;

import java.util.List;
import java.util.Map;

/**
 * A round's nominations by state: the count in every state, and the rows the filter selects. A
 * proposing unit's officer sees only the nominations of their own subtree.
 */
public record Board(
    RoundView round, Map<NominationState, Long> counts, List<NominationRow> rows, long total) {}
