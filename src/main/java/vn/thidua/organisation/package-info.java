/**
 * The union hierarchy: levels, sectors, emulation clusters, units with their history (moves,
 * merges, splits, dissolutions), each unit's own figures and the roll-up over a subtree as of any
 * date. Other modules use {@link vn.thidua.organisation.OrgUnits}.
 */
@ApplicationModule(displayName = "Organisation", allowedDependencies = "shared")
package vn.thidua.organisation;

import org.springframework.modulith.ApplicationModule;
