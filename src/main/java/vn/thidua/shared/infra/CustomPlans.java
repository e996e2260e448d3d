package vn.thidua.shared.infra;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The same statements count the nation and one grassroots union, whose best plans differ by orders
 * of magnitude (parallel hash joins over millions of rows, or a few index look-ups); a plan the
 * server cached for one would serve the other (docs/PERFORMANCE.md). Planning afresh costs about a
 * millisecond.
 */
public final class CustomPlans {

  private CustomPlans() {}

  /** Plans every statement for its values until the end of the caller's transaction. */
  public static void forThisTransaction(JdbcClient jdbc) {
    jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
  }
}
