package vn.thidua.initiative;

/** An emulation cluster a programme's leaderboard can rank. */
public record ClusterChoice(long id, String name, int year) {}
