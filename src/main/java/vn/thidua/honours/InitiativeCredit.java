package vn.thidua.honours;

/**
 * An initiative's recognition counted for a nominee.
 *
 * @param levelRank 1 grassroots, 2 district, 3 province, 4 national
 * @param benefitVnd the benefit it brought in VND, null when not valued
 */
record InitiativeCredit(long initiativeId, int levelRank, Long benefitVnd) {}
