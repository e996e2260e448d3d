package vn.thidua.decision;

import vn.thidua.honours.Recipient;

/** One awardee line: a person or a collective (unit) receiving one grade of one honour. */
public record AwardeeDraft(
    String honourCode,
    int grade,
    Recipient recipient,
    Long personId,
    Long collectiveUnitId,
    String citation,
    Long nominationId) {}
