package vn.thidua.organisation;

import jakarta.validation.constraints.PositiveOrZero;
import vn.thidua.shared.web.DomainException;

/** A unit's own figures: workers and union members, and the women among them. */
public record Headcount(
    @PositiveOrZero int workers,
    @PositiveOrZero int womenWorkers,
    @PositiveOrZero int members,
    @PositiveOrZero int womenMembers) {

  public static final Headcount NONE = new Headcount(0, 0, 0, 0);

  /** Refuses figures that cannot be true together. */
  public Headcount checked() {
    if (workers < 0 || womenWorkers < 0 || members < 0 || womenMembers < 0) {
      throw DomainException.invalid("figures.negative");
    }
    if (womenWorkers > workers) {
      throw DomainException.invalid("figures.womenWorkersAboveWorkers", womenWorkers, workers);
    }
    if (members > workers) {
      throw DomainException.invalid("figures.membersAboveWorkers", members, workers);
    }
    if (womenMembers > members) {
      throw DomainException.invalid("figures.womenMembersAboveMembers", womenMembers, members);
    }
    if (womenMembers > womenWorkers) {
      throw DomainException.invalid(
          "figures.womenMembersAboveWomenWorkers", womenMembers, womenWorkers);
    }
    return this;
  }

  public Headcount plus(Headcount other) {
    return new Headcount(
        workers + other.workers,
        womenWorkers + other.womenWorkers,
        members + other.members,
        womenMembers + other.womenMembers);
  }
}
