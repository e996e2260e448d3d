package vn.thidua.nomination;

/**
 * An action on one nomination.
 *
 * @param reason required to return a dossier or not to approve it
 * @param version the version of the nomination the user saw
 */
public record Move(NominationAction action, String reason, Integer version) {}
