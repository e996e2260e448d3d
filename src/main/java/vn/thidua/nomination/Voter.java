package vn.thidua.nomination;

/** A council member casting a vote. */
record Voter(long userId, String username, String fullName) {}
