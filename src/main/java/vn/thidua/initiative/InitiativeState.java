package vn.thidua.initiative;

import java.time.LocalDate;
import java.util.List;

/** What the audit log keeps of an initiative before and after a change. */
record InitiativeState(
    long unitId,
    Long programmeId,
    String title,
    InitiativeField field,
    String authorGroup,
    List<String> authors,
    LocalDate appliedOn,
    Long benefitVnd,
    InitiativeStatus status,
    RecognitionLevel statusLevel) {}
