/**
 * Achievements (thành tích) that count as evidence for titles and awards: a person's or a unit's
 * recognised initiatives and contest prizes in a period. Other modules use {@link
 * vn.thidua.achievement.Achievements}.
 */
@ApplicationModule(
    displayName = "Achievements",
    allowedDependencies = {"shared", "organisation", "people", "initiative", "contest"})
package vn.thidua.achievement;

import org.springframework.modulith.ApplicationModule;
