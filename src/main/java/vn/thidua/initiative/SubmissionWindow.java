package vn.thidua.initiative;

import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** A period in which a programme takes submissions (đợt), both days included. */
@Embeddable
class SubmissionWindow {

  private String name;
  private LocalDate opensOn;
  private LocalDate closesOn;

  protected SubmissionWindow() {}

  SubmissionWindow(String name, LocalDate opensOn, LocalDate closesOn) {
    this.name = name;
    this.opensOn = opensOn;
    this.closesOn = closesOn;
  }

  boolean contains(LocalDate day) {
    return !day.isBefore(opensOn) && !day.isAfter(closesOn);
  }

  boolean overlaps(SubmissionWindow other) {
    return !other.closesOn.isBefore(opensOn) && !other.opensOn.isAfter(closesOn);
  }

  String name() {
    return name;
  }

  LocalDate opensOn() {
    return opensOn;
  }

  LocalDate closesOn() {
    return closesOn;
  }
}
