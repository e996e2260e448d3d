package vn.thidua.initiative;

import java.time.LocalDate;
import java.util.List;

/** What the audit log keeps of a programme. */
record ProgrammeState(
    long unitId,
    String name,
    LocalDate startsOn,
    LocalDate endsOn,
    boolean publicBoard,
    List<String> windows) {}
