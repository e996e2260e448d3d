package vn.thidua.contest;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** What the audit log keeps of a contest. */
record ContestState(
    long unitId,
    String name,
    String trade,
    LocalDate heldFrom,
    LocalDate heldTo,
    EntryKind entryKind,
    BigDecimal scaleMin,
    BigDecimal scaleMax,
    ContestStatus status,
    List<String> rounds,
    List<String> prizes) {}
