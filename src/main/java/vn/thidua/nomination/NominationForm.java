package vn.thidua.nomination;

/**
 * A nomination as the proposing unit enters or changes it.
 *
 * @param proposingUnitId a unit below the round's reviewing unit, whose officer proposes
 * @param personId the nominated person, of the proposing unit's subtree (for an individual)
 * @param collectiveUnitId the nominated collective, a unit of that subtree (for a collective)
 * @param grade the honour's grade; may be left out when the round selects one grade of the honour
 * @param version the version edited, when changing
 */
public record NominationForm(
    Long roundId,
    Long proposingUnitId,
    NomineeKind recipient,
    Long personId,
    Long collectiveUnitId,
    String honourCode,
    Integer grade,
    String achievements,
    String declaredFacts,
    String movementRanking,
    Integer version) {}
