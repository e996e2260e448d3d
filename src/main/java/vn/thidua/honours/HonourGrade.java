package vn.thidua.honours;

/**
 * One grade of an honour: Công nhân giỏi has grades 1 (grassroots), 2 (district), 3 (city: "Công
 * nhân giỏi Thủ đô").
 *
 * @param grantingLevelCode the code of the unit level that grants it, e.g. "GRASSROOTS",
 *     "DISTRICT", "PROVINCE", "NATIONAL"
 */
public record HonourGrade(int grade, String name, String grantingLevelCode) {}
