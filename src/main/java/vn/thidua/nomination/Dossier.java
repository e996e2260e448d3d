package vn.thidua.nomination;

import java.util.List;

/**
 * What the proposing unit says of the nominee.
 *
 * @param achievements the achievement report (báo cáo thành tích)
 * @param declaredFacts facts a collective declares of itself (figures, results), may be blank
 * @param movementRanking the nominee's ranking in a movement, as the unit cites it, may be blank
 * @param cited achievements cited from the records (recognised initiatives, prizes, earlier
 *     honours)
 */
record Dossier(
    String achievements, String declaredFacts, String movementRanking, List<String> cited) {

  static final int MAX_TEXT = 20_000;
}
