package vn.thidua.initiative;

import java.time.LocalDate;

/**
 * The officer's record of a level's decision, after the council.
 *
 * @param recognised whether the level recognises the initiative
 * @param reason why; required when it does not
 * @param decidedOn the day of the decision
 * @param decisionNumber the number of the signed decision, if any (e.g. "125/QĐ-LĐLĐ")
 * @param minutes the minutes of the council's meeting
 * @param version the initiative's version the officer decided on
 */
public record Decision(
    Boolean recognised,
    String reason,
    LocalDate decidedOn,
    String decisionNumber,
    String minutes,
    Integer version) {}
