package vn.thidua.honours;

/**
 * An honour a person or a collective held before the system, as an officer records it.
 *
 * @param grantingUnitId the unit that granted it: the holder's unit or one above it
 */
public record HeldEntry(String honourCode, Integer grade, Integer year, Long grantingUnitId) {}
