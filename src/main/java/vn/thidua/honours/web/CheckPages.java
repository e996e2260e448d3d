package vn.thidua.honours.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.thidua.honours.Honours;
import vn.thidua.honours.Recipient;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.people.PeopleRegistry;
import vn.thidua.people.PersonView;
import vn.thidua.shared.web.DomainException;
import vn.thidua.shared.web.Texts;

/**
 * "Check a nominee": an officer picks an honour and a year for a worker or a collective of their
 * units and reads which rules pass and which fail, before any nomination is made.
 */
@Controller
class CheckPages {

  private final NomineeChecks checks;
  private final Honours honours;
  private final PeopleRegistry people;
  private final OrgUnits units;
  private final Texts texts;

  CheckPages(
      NomineeChecks checks, Honours honours, PeopleRegistry people, OrgUnits units, Texts texts) {
    this.checks = checks;
    this.honours = honours;
    this.people = people;
    this.units = units;
    this.texts = texts;
  }

  @GetMapping("/people/{personId}/eligibility")
  String person(
      @PathVariable long personId,
      @RequestParam(required = false) String honour,
      @RequestParam(required = false) String year,
      Model model,
      HttpServletResponse response) {
    PersonView person = people.get(personId);
    model.addAttribute("holderName", person.fullName());
    model.addAttribute("holderUnitName", person.unitName());
    model.addAttribute("backLink", "/people/" + personId + "/honours");
    model.addAttribute("action", "/people/" + personId + "/eligibility");
    return show(Recipient.INDIVIDUAL, personId, null, honour, year, null, null, model, response);
  }

  @GetMapping("/units/{unitId}/eligibility")
  String collective(
      @PathVariable long unitId,
      @RequestParam(required = false) String honour,
      @RequestParam(required = false) String year,
      @RequestParam(required = false) String tasksCompletedPercent,
      @RequestParam(required = false) String anyoneDisciplined,
      Model model,
      HttpServletResponse response) {
    UnitSummary unit = units.requireVisible(unitId);
    model.addAttribute("holderName", unit.name());
    model.addAttribute("holderUnitName", unit.levelName());
    model.addAttribute("backLink", "/units/" + unitId + "/honours");
    model.addAttribute("action", "/units/" + unitId + "/eligibility");
    return show(
        Recipient.COLLECTIVE,
        null,
        unitId,
        honour,
        year,
        tasksCompletedPercent,
        anyoneDisciplined,
        model,
        response);
  }

  private String show(
      Recipient recipient,
      Long personId,
      Long unitId,
      String honour,
      String year,
      String tasks,
      String disciplined,
      Model model,
      HttpServletResponse response) {
    model.addAttribute("recipient", recipient);
    model.addAttribute("choices", HonourChoices.of(honours.catalogue(), recipient));
    model.addAttribute("honour", honour);
    model.addAttribute("year", year);
    model.addAttribute("tasksCompletedPercent", tasks);
    model.addAttribute("anyoneDisciplined", disciplined);
    if (honour != null && !honour.isBlank()) {
      try {
        int colon = honour.lastIndexOf(':');
        String code = colon > 0 ? honour.substring(0, colon) : honour;
        Integer grade = colon > 0 ? whole(honour.substring(colon + 1)) : null;
        model.addAttribute(
            "result",
            checks.check(
                new CheckRequest(
                    code,
                    grade,
                    personId,
                    unitId,
                    whole(year),
                    null,
                    null,
                    whole(tasks),
                    disciplined == null || disciplined.isBlank()
                        ? null
                        : Boolean.valueOf(disciplined),
                    null)));
      } catch (DomainException e) {
        response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
        model.addAttribute("error", texts.of(e));
      }
    }
    return "honours/check";
  }

  private static Integer whole(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw DomainException.invalid("honours.rule.number.invalid");
    }
  }
}
