/**
 * Emulation movements (phong trào thi đua): a unit above grassroots drafts a movement with its
 * phases, objectives, criteria and participants and launches it; participating units register their
 * pledges, report progress each phase and are scored and ranked inside their cluster and sector.
 * Other modules use {@link vn.thidua.movement.Movements}.
 */
@ApplicationModule(
    displayName = "Movements",
    allowedDependencies = {"shared", "organisation", "people", "attachment", "honours"})
package vn.thidua.movement;

import org.springframework.modulith.ApplicationModule;
