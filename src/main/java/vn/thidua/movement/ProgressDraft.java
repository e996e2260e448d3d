package vn.thidua.movement;

import java.math.BigDecimal;
import java.util.List;

/**
 * A unit's report for one phase: for each criterion the value reached since the movement began (for
 * a yes/no criterion 1 for "yes", 0 for "no"), with an optional note. Criteria left out count as
 * not reported. A change to an earlier report carries the {@code version} it was made on.
 */
public record ProgressDraft(List<Value> values, Integer version) {

  public ProgressDraft {
    values = Lists.clean(values);
  }

  public record Value(Long criterionId, BigDecimal value, String note) {}
}
