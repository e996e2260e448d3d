package vn.thidua.movement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the organiser sees at a glance: how many participants have not registered yet (or are still
 * drafting), are waiting for review, were approved, rejected or returned; and the unit by unit
 * list.
 */
public record RegistrationBoard(long movementId, Counts counts, List<Row> rows) {

  public RegistrationBoard {
    rows = List.copyOf(rows);
  }

  public record Counts(
      int participants, int notRegistered, int waiting, int approved, int rejected, int returned) {

    static Counts of(List<Row> rows) {
      return new Counts(
          rows.size(),
          count(rows, null) + count(rows, RegistrationStatus.DRAFT),
          count(rows, RegistrationStatus.SUBMITTED),
          count(rows, RegistrationStatus.APPROVED),
          count(rows, RegistrationStatus.REJECTED),
          count(rows, RegistrationStatus.RETURNED));
    }

    private static int count(List<Row> rows, RegistrationStatus status) {
      return (int) rows.stream().filter(row -> row.status() == status).count();
    }
  }

  /** A participant with its registration, if any ({@code status} null when it has none). */
  public record Row(
      long unitId,
      String unitName,
      String sectorName,
      String clusterName,
      boolean pilot,
      Long registrationId,
      RegistrationStatus status,
      boolean late,
      Instant submittedAt) {

    /** The day it was submitted, in Vietnam. */
    public LocalDate submittedOn() {
      return MovementCalendar.dayOf(submittedAt);
    }
  }
}
