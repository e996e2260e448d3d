package vn.thidua.honours;

/**
 * What a collective's dossier declares, for the collective thresholds.
 *
 * @param tasksCompletedPercent the share of members who completed their tasks, 0–100; null when not
 *     declared
 * @param anyoneDisciplined whether anyone in the collective was disciplined in the year; null when
 *     not declared
 */
public record CollectiveFacts(Integer tasksCompletedPercent, Boolean anyoneDisciplined) {

  public static final CollectiveFacts UNDECLARED = new CollectiveFacts(null, null);
}
