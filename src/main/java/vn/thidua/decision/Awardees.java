package vn.thidua.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.thidua.honours.HonourGrade;
import vn.thidua.honours.HonourView;
import vn.thidua.honours.Honours;
import vn.thidua.honours.Recipient;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.UnitReads;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.people.People;
import vn.thidua.people.PersonView;
import vn.thidua.shared.web.DomainException;

/**
 * Checks awardee lines against the honours catalogue and the issuing unit's subtree, and resolves
 * the names the decision will print.
 */
@Component
class Awardees {

  private final Honours honours;
  private final People people;
  private final OrgUnits units;
  private final UnitReads unitReads;

  Awardees(Honours honours, People people, OrgUnits units, UnitReads unitReads) {
    this.honours = honours;
    this.people = people;
    this.units = units;
    this.unitReads = unitReads;
  }

  List<LineContent> resolve(List<AwardeeDraft> drafts, long issuingUnitId, int year) {
    List<LineContent> lines = new ArrayList<>();
    for (AwardeeDraft draft : drafts) {
      LineContent line = resolve(draft, issuingUnitId, year, lines.size() + 1);
      if (lines.stream().anyMatch(line::sameAward)) {
        throw DomainException.invalid("decision.awardee.duplicate", line.awardeeName());
      }
      lines.add(line);
    }
    return lines;
  }

  LineContent resolve(AwardeeDraft draft, long issuingUnitId, int year, int position) {
    if (draft == null || draft.honourCode() == null || draft.honourCode().isBlank()) {
      throw DomainException.invalid("decision.awardee.honourMissing", position);
    }
    if (draft.recipient() == null) {
      throw DomainException.invalid("decision.awardee.recipientMissing", position);
    }
    HonourView honour = honours.require(draft.honourCode().strip());
    if (!honour.active()) {
      throw DomainException.invalid("decision.awardee.honourInactive", honour.name());
    }
    HonourGrade grade = honour.grade(draft.grade() == 0 ? 1 : draft.grade());
    if (!honour.allows(draft.recipient())) {
      throw DomainException.invalid(
          "decision.awardee.recipientNotAllowed", honour.name(), draft.recipient().name());
    }
    String honourName = honour.hasGrades() ? grade.name() : honour.name();
    String citation = DraftRules.citation(draft.citation());
    if (draft.recipient() == Recipient.INDIVIDUAL) {
      if (draft.personId() == null || draft.collectiveUnitId() != null) {
        throw DomainException.invalid("decision.awardee.personMissing", position);
      }
      PersonView person =
          people
              .find(draft.personId())
              .orElseThrow(
                  () -> DomainException.invalid("decision.awardee.personNotFound", position));
      requireWithin(person.unitId(), issuingUnitId, year, person.fullName());
      return new LineContent(
          honour.code(),
          grade.grade(),
          honourName,
          honour.kind(),
          Recipient.INDIVIDUAL,
          person.id(),
          null,
          person.fullName(),
          person.unitId(),
          person.unitName(),
          person.jobTitle(),
          citation,
          draft.nominationId());
    }
    if (draft.collectiveUnitId() == null || draft.personId() != null) {
      throw DomainException.invalid("decision.awardee.collectiveMissing", position);
    }
    UnitSummary collective =
        units
            .find(draft.collectiveUnitId())
            .orElseThrow(
                () -> DomainException.invalid("decision.awardee.collectiveNotFound", position));
    requireWithin(collective.id(), issuingUnitId, year, collective.name());
    return new LineContent(
        honour.code(),
        grade.grade(),
        honourName,
        honour.kind(),
        Recipient.COLLECTIVE,
        null,
        collective.id(),
        collective.name(),
        collective.id(),
        collective.name(),
        null,
        citation,
        draft.nominationId());
  }

  /**
   * The unit stood below the issuer on the last day of the year honoured: a decision honours
   * achievements of that year, so a 2020 decision of a district names the units it had in 2020,
   * even if they moved since, and not those that came under it later. A unit whose placement then
   * is not recorded counts where it stands today. The signed-in officer's own scope (the issuing
   * unit today) is checked by the caller.
   */
  private void requireWithin(long unitId, long issuingUnitId, int year, String name) {
    boolean within =
        unitId == issuingUnitId
            || unitReads.ancestors(unitId, LocalDate.of(year, 12, 31)).stream()
                .anyMatch(ancestor -> ancestor.id() == issuingUnitId);
    if (!within) {
      throw DomainException.invalid("decision.awardee.outside", name, String.valueOf(year));
    }
  }
}
