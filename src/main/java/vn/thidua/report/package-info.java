/**
 * Reviews (sơ kết, tổng kết): a unit's subtree over a period, as the hierarchy stood at its end,
 * compared with the period before, broken down by the units directly below. It reads the other
 * modules' figures through their facades and keeps no data of its own. Other modules use {@link
 * vn.thidua.report.Reviews}.
 */
@ApplicationModule(
    displayName = "Reports",
    allowedDependencies = {
      "shared",
      "organisation",
      "movement",
      "initiative",
      "contest",
      "honours"
    })
package vn.thidua.report;

import org.springframework.modulith.ApplicationModule;
