package vn.thidua.contest;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A placing in a finished contest, as evidence of achievement.
 *
 * @param prize the prize won; null for a placing without a prize
 * @param team whether the entrant was a team (entrantName is then the team's name)
 * @param unitId the unit that registered the entrant
 */
public record PrizeWon(
    long contestId,
    String contestName,
    String trade,
    long organiserId,
    String organiserName,
    LocalDate finishedOn,
    String prize,
    int rank,
    BigDecimal finalScore,
    String entrantName,
    boolean team,
    long unitId,
    String unitName) {}
