package vn.thidua.honours.web;

import java.util.Set;

/**
 * A nominee to check, as an officer describes them: a worker (personId) or a collective (unitId) of
 * their units.
 *
 * @param grade 1 when left out
 * @param proposingUnitId the worker's unit, or the collective itself, when left out
 * @param decidingUnitId the nearest unit at or above the proposing one at the grade's granting
 *     level, when left out
 * @param tasksCompletedPercent for a collective: the share of members who completed their tasks
 * @param anyoneDisciplined for a collective: whether anyone was disciplined in the year
 * @param achievementIds the achievements the dossier would cite
 */
record CheckRequest(
    String honourCode,
    Integer grade,
    Long personId,
    Long unitId,
    Integer year,
    Long proposingUnitId,
    Long decidingUnitId,
    Integer tasksCompletedPercent,
    Boolean anyoneDisciplined,
    Set<String> achievementIds) {}
