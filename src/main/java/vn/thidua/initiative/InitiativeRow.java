package vn.thidua.initiative;

import java.time.LocalDate;

/** An initiative in a list. */
public record InitiativeRow(
    long id,
    String title,
    long unitId,
    String unitName,
    InitiativeField field,
    String authors,
    LocalDate submittedOn,
    Long benefitVnd,
    InitiativeStatus status,
    RecognitionLevel statusLevel,
    RecognitionLevel recognisedLevel) {}
