package vn.thidua.initiative;

import java.time.LocalDate;
import java.util.List;

/**
 * An initiative as a worker or an officer enters it.
 *
 * @param unitId the grassroots union where it was applied
 * @param programmeId the programme it takes part in, if any
 * @param authors workers with their shares; or leave empty and name an authorGroup
 * @param benefitVnd what it saves or earns in đồng, and/or a benefitDescription
 * @param submittedOn the day it was handed in; an officer entering earlier paper records may give
 *     an earlier day, otherwise today
 * @param confirmDuplicate true to save although the unit has an initiative with a very close title
 * @param version the version being changed (changes only)
 */
public record InitiativeForm(
    Long unitId,
    Long programmeId,
    String title,
    String summary,
    InitiativeField field,
    List<AuthorEntry> authors,
    String authorGroup,
    LocalDate appliedOn,
    Long benefitVnd,
    String benefitDescription,
    LocalDate submittedOn,
    Boolean confirmDuplicate,
    Integer version) {

  public InitiativeForm {
    authors = authors == null ? List.of() : List.copyOf(authors);
  }

  public boolean duplicateConfirmed() {
    return Boolean.TRUE.equals(confirmDuplicate);
  }
}
