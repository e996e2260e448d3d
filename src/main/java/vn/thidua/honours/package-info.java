/**
 * Honours: the catalogue of emulation titles (danh hiệu thi đua) and award forms (hình thức khen
 * thưởng) with their grades, the honours people and collectives hold, and the eligibility and quota
 * rules that are kept as data. Other modules use {@link vn.thidua.honours.Honours}.
 */
@ApplicationModule(
    displayName = "Honours",
    allowedDependencies = {"shared", "organisation", "people", "achievement", "movement"})
package vn.thidua.honours;

import org.springframework.modulith.ApplicationModule;
