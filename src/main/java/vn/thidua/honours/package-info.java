/**
 * Honours: the catalogue of emulation titles (danh hiệu thi đua) and award forms (hình thức khen
 * thưởng) with their grades, the honours people and collectives hold, and the eligibility and quota
 * rules that are kept as data. Other modules use {@link vn.thidua.honours.Honours}.
 *
 * <p>It reads initiatives through {@link vn.thidua.achievement.Achievements}, whose records carry
 * the initiative module's public {@code Recognition} and {@code RecognitionLevel}; reading a
 * recognition's level is why "initiative" is an allowed dependency (its public types only).
 */
@ApplicationModule(
    displayName = "Honours",
    allowedDependencies = {"shared", "organisation", "people", "achievement", "initiative"})
package vn.thidua.honours;

import org.springframework.modulith.ApplicationModule;
