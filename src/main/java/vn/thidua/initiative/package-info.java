/**
 * Initiatives (sáng kiến): the registry with its authors and benefits, recognition level by level
 * from grassroots to national with council scoring, and programmes whose targets are handed down
 * the hierarchy, with achievement and leaderboards. Other modules use {@link
 * vn.thidua.initiative.Initiatives}, {@link vn.thidua.initiative.Programmes} and {@link
 * vn.thidua.initiative.RecognisedInitiatives}.
 */
@ApplicationModule(
    displayName = "Initiatives",
    allowedDependencies = {"shared", "organisation", "people", "attachment"})
package vn.thidua.initiative;

import org.springframework.modulith.ApplicationModule;
