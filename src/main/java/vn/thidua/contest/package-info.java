/**
 * Contests (hội thi): a unit organises one for the units below it — rounds, registrations of
 * workers or teams, judges' scores on a checked scale, the final ranking and the prizes. Other
 * modules use {@link vn.thidua.contest.Contests} and {@link vn.thidua.contest.ContestPrizes}.
 */
@ApplicationModule(
    displayName = "Contests",
    allowedDependencies = {"shared", "organisation", "people"})
package vn.thidua.contest;

import org.springframework.modulith.ApplicationModule;
