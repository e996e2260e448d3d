package vn.thidua.decision;

import java.time.LocalDate;

/** The board's page of one exemplary person or collective. */
public record HonourProfile(
    HonourEntry entry, String citation, String story, LocalDate signedOn, int photoVersion) {}
