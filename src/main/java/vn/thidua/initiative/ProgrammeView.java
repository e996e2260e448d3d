package vn.thidua.initiative;

import java.time.LocalDate;
import java.util.List;

/**
 * A programme as its pages and the API show it.
 *
 * @param target the launching unit's own target
 * @param targetVersion its version, to send when changing it
 * @param canChange whether the signed-in user is an officer of the launching unit
 */
public record ProgrammeView(
    long id,
    long unitId,
    String unitName,
    String name,
    String description,
    LocalDate startsOn,
    LocalDate endsOn,
    boolean publicBoard,
    List<NewProgramme.Window> windows,
    Integer target,
    Integer targetVersion,
    boolean canChange,
    int version) {}
