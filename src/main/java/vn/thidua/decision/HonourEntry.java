package vn.thidua.decision;

import vn.thidua.honours.Recipient;

/** One honoured person or collective on the public board. */
public record HonourEntry(
    long lineId,
    String awardeeName,
    Recipient recipient,
    String workplaceName,
    String honourCode,
    String honourName,
    int year,
    String decisionSymbol,
    String issuingUnitName,
    boolean hasStory,
    boolean hasPhoto) {}
