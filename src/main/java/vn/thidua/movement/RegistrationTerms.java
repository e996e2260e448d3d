package vn.thidua.movement;

import java.util.List;
import java.util.Map;

/**
 * What a movement lets its participants pledge: targets for its criteria and the titles it leads
 * to.
 */
record RegistrationTerms(Map<Long, Rule> criteria, List<String> titles) {

  /** How one criterion is measured, and its name for messages. */
  record Rule(int number, String name, Measure measure, Direction direction) {}

  RegistrationTerms {
    criteria = Map.copyOf(criteria);
    titles = List.copyOf(titles);
  }
}
