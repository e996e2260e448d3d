package vn.thidua.nomination;

import java.time.LocalDate;
import java.util.List;

/** A round's terms once checked: what {@link RoundForm} says, complete and consistent. */
record RoundTerms(
    String name,
    int year,
    LocalDate periodFrom,
    LocalDate periodTo,
    LocalDate deadline,
    Threshold threshold,
    Integer thresholdPercent,
    List<HonourRef> honours,
    List<Quota> quotas) {}
