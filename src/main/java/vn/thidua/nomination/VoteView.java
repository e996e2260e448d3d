package vn.thidua.nomination;

import java.time.Instant;

/** A council member's vote as cast. */
public record VoteView(long userId, String username, String fullName, Vote vote, Instant castAt) {}
