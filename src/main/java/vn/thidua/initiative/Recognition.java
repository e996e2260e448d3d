package vn.thidua.initiative;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A level's recognition of an initiative, as evidence of achievement.
 *
 * @param recognisingUnitName the unit whose decision it was
 * @param share the author's share in percent when read for a person; null for a unit or an author
 *     group
 */
public record Recognition(
    long initiativeId,
    String title,
    long unitId,
    String unitName,
    RecognitionLevel level,
    LocalDate recognisedOn,
    String decisionNumber,
    String recognisingUnitName,
    BigDecimal share,
    Long benefitVnd) {}
