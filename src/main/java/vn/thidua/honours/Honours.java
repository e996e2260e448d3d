package vn.thidua.honours;

import java.util.List;
import java.util.Optional;

/**
 * The honours module's facade for other modules: the catalogue, and the honours people and
 * collectives hold. It checks the data, not the signed-in user's scope: a caller acting for a user
 * checks that the user may see the person or the unit. Every recording is audited.
 */
public interface Honours {

  /** The active honours: titles first, then awards, each by name. */
  List<HonourView> catalogue();

  Optional<HonourView> find(String code);

  /** The honour, or a "not found" refusal ({@code honours.notFound}). */
  HonourView require(String code);

  /** The person's honours of the years {@code fromYear} to {@code toYear}, both included. */
  List<HonourHeld> heldByPerson(long personId, int fromYear, int toYear);

  /** The collective's own honours (not those of its people) of the years given, both included. */
  List<HonourHeld> heldByUnit(long unitId, int fromYear, int toYear);

  /**
   * Records honours granted by an issued decision (the decision module calls it in its transaction)
   * or held before. All of them or, when any is refused, none.
   */
  void recordAwarded(List<HonourAward> awards);

  /** Marks the honours of a decision revoked (a later decision revoked it). */
  void revokeDecision(long decisionId);
}
