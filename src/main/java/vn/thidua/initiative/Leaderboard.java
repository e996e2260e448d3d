package vn.thidua.initiative;

import java.util.List;

/**
 * Units or sectors ranked in a programme.
 *
 * @param by what the rows are: UNIT (the units directly below), SECTOR, or CLUSTER (the members of
 *     one emulation cluster)
 */
public record Leaderboard(
    long programmeId, String by, String title, RecognitionLevel atLeast, List<Standing> rows) {}
