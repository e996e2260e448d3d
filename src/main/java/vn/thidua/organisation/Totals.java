package vn.thidua.organisation;

import java.math.BigDecimal;
import vn.thidua.shared.number.Percent;

/** Figures summed over a subtree, with the grassroots unions counted. */
public record Totals(
    long grassrootsUnits, long workers, long womenWorkers, long members, long womenMembers) {

  public static final Totals ZERO = new Totals(0, 0, 0, 0, 0);

  public Totals plus(Totals other) {
    return new Totals(
        grassrootsUnits + other.grassrootsUnits,
        workers + other.workers,
        womenWorkers + other.womenWorkers,
        members + other.members,
        womenMembers + other.womenMembers);
  }

  public BigDecimal memberShare() {
    return Percent.of(members, workers);
  }

  public BigDecimal womenWorkerShare() {
    return Percent.of(womenWorkers, workers);
  }

  public BigDecimal womenMemberShare() {
    return Percent.of(womenMembers, members);
  }
}
