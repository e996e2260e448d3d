package vn.thidua.nomination;

import java.time.Instant;
import java.util.List;

/**
 * The council's minutes (biên bản họp hội đồng) for a round, generated from the votes.
 *
 * @param members the council members who voted (present), by name
 * @param at when the council sat: its last vote on the round (now, before any vote)
 */
public record Minutes(RoundView round, List<String> members, List<Line> lines, Instant at) {

  /** The votes on one nominee and the result against the round's threshold. */
  public record Line(
      long nominationId,
      String nomineeName,
      String proposingUnitName,
      HonourRef honour,
      VoteTally tally,
      boolean passes,
      NominationState state) {}
}
