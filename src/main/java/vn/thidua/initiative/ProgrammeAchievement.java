package vn.thidua.initiative;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a unit achieved in a programme over its subtree: initiatives recognised (at the chosen level
 * or above) against its target, their authors (people and author groups) and benefit; and the same
 * for each unit directly below it, ranked.
 *
 * @param percent recognised against target, to one decimal; null without a target
 * @param handedDown the sum of the targets it handed to the units below
 */
public record ProgrammeAchievement(
    ProgrammeView programme,
    long unitId,
    String unitName,
    RecognitionLevel atLeast,
    Integer target,
    long recognised,
    BigDecimal percent,
    long authors,
    long benefitVnd,
    long handedDown,
    List<Standing> units) {}
