package vn.thidua.movement;

import java.math.BigDecimal;
import java.util.List;

/**
 * What a participating unit pledges: a target per numeric criterion (a yes/no criterion is pledged
 * by taking part), the titles it aims at, and the people who aim at a title. An edit carries the
 * {@code version} it was made on.
 *
 * @param unitId the participating unit (only when registering; an edit keeps the unit)
 */
public record RegistrationDraft(
    Long unitId,
    List<TargetPledge> targets,
    List<String> titles,
    List<PersonPledge> people,
    String note,
    Integer version) {

  public RegistrationDraft {
    targets = Lists.clean(targets);
    titles = Lists.clean(titles);
    people = Lists.clean(people);
  }

  /** The target a unit pledges for one criterion. */
  public record TargetPledge(Long criterionId, BigDecimal target) {}

  /**
   * A worker of the unit (from the registry of workers) who aims at a title; the name is taken from
   * the registry and need not be sent.
   */
  public record PersonPledge(Long personId, String fullName, String titleCode) {}
}
