package vn.thidua.initiative;

import java.time.LocalDate;

/**
 * A proposal to the next level of recognition.
 *
 * @param level the level proposed to; null for the next one on the initiative's ladder
 * @param proposedOn the day of the proposal; null for today
 */
public record Proposal(RecognitionLevel level, LocalDate proposedOn) {}
