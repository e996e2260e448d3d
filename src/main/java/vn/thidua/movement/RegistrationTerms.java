package vn.thidua.movement;

import java.util.List;
import java.util.Map;
import vn.thidua.shared.web.DomainException;

/**
 * What a movement lets its participants pledge: targets for its criteria and the titles it leads
 * to.
 */
record RegistrationTerms(Map<Long, Rule> criteria, List<AimedTitle> titles) {

  /** How one criterion is measured, and its name for messages. */
  record Rule(int number, String name, Measure measure, Direction direction) {}

  RegistrationTerms {
    criteria = Map.copyOf(criteria);
    titles = List.copyOf(titles);
  }

  /**
   * The catalogue's title with this code among the movement's, for a unit ({@code collective}) or
   * one of its workers; refuses a title the movement does not lead to, or one not given to that
   * kind of recipient.
   */
  AimedTitle require(String code, boolean collective) {
    AimedTitle title =
        titles.stream()
            .filter(t -> t.catalogued() && t.code().equals(code))
            .findFirst()
            .orElseThrow(() -> DomainException.invalid("registration.unknownTitle", code));
    if (collective && !title.forCollectives()) {
      throw DomainException.invalid("registration.titleNotForUnits", title.name());
    }
    if (!collective && !title.forIndividuals()) {
      throw DomainException.invalid("registration.titleNotForPeople", title.name());
    }
    return title;
  }

  /** Whether the movement leads to a catalogue title a unit may aim at. */
  boolean offersCollectiveTitles() {
    return titles.stream().anyMatch(t -> t.catalogued() && t.forCollectives());
  }
}
