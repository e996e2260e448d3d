package vn.thidua.nomination;

import java.time.Instant;

/**
 * One step of a nomination's history.
 *
 * @param action null for the nomination's creation
 * @param from null for the nomination's creation
 */
public record TransitionView(
    NominationAction action,
    NominationState from,
    NominationState to,
    String by,
    Instant at,
    String reason) {}
