package vn.thidua.benchmark;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * PostgreSQL's plan cache as a connection meets it: "auto" is the default, where a prepared
 * statement may settle on one generic plan for all values after five runs; "custom" plans every run
 * for its own values.
 */
enum PlanCache {
  AUTO("auto", null),
  CUSTOM("custom", "set plan_cache_mode = force_custom_plan");

  private final String label;
  private final String setting;

  PlanCache(String label, String setting) {
    this.label = label;
    this.setting = setting;
  }

  String label() {
    return label;
  }

  void apply(Connection connection) throws SQLException {
    if (setting != null) {
      try (Statement statement = connection.createStatement()) {
        statement.execute(setting);
      }
    }
  }
}
