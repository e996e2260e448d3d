package vn.thidua.honours;

import java.util.List;

/**
 * The honours people and collectives hold, as officers read and record them: a user reads those of
 * the people and units they may see, and an officer records, for a person or a collective of their
 * subtree, an honour held before the system (e.g. Lao động tiên tiến in 2019).
 */
public interface HonourHistory {

  /** Every honour the person holds or held, newest first. */
  List<HonourHeld> ofPerson(long personId);

  /** The collective's own honours, newest first. */
  List<HonourHeld> ofCollective(long unitId);

  HonourHeld recordForPerson(long personId, HeldEntry entry);

  HonourHeld recordForCollective(long unitId, HeldEntry entry);
}
