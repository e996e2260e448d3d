package vn.thidua.honours.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.honours.HeldEntry;
import vn.thidua.honours.HonourHistory;
import vn.thidua.honours.Honours;
import vn.thidua.honours.Recipient;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.UnitReads;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.people.PeopleRegistry;
import vn.thidua.people.PersonView;
import vn.thidua.shared.time.Dates;
import vn.thidua.shared.web.DomainException;
import vn.thidua.shared.web.Texts;

/** The honours a worker or a collective holds, and the form to record one held before. */
@Controller
class HeldPages {

  private static final int HONOUR_YEARS_FROM = 1945;
  private static final int HONOUR_YEARS_TO = 2200;

  private final HonourHistory history;
  private final Honours honours;
  private final PeopleRegistry people;
  private final OrgUnits units;
  private final UnitReads reads;
  private final Texts texts;

  HeldPages(
      HonourHistory history,
      Honours honours,
      PeopleRegistry people,
      OrgUnits units,
      UnitReads reads,
      Texts texts) {
    this.history = history;
    this.honours = honours;
    this.people = people;
    this.units = units;
    this.reads = reads;
    this.texts = texts;
  }

  @GetMapping("/people/{personId}/honours")
  String ofPerson(@PathVariable long personId, Model model) {
    PersonView person = people.get(personId);
    return showPerson(person, Map.of(), null, model);
  }

  @PostMapping("/people/{personId}/honours")
  String recordForPerson(
      @PathVariable long personId,
      @RequestParam Map<String, String> params,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    PersonView person = people.get(personId);
    units.requireChangeable(person.unitId());
    try {
      history.recordForPerson(personId, entry(params));
      redirect.addFlashAttribute("notice", texts.get("honours.held.recorded"));
      return "redirect:/people/" + personId + "/honours";
    } catch (DomainException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return showPerson(person, params, texts.of(e), model);
    }
  }

  @GetMapping("/units/{unitId}/honours")
  String ofCollective(@PathVariable long unitId, Model model) {
    UnitSummary unit = units.requireVisible(unitId);
    return showCollective(unit, Map.of(), null, model);
  }

  @PostMapping("/units/{unitId}/honours")
  String recordForCollective(
      @PathVariable long unitId,
      @RequestParam Map<String, String> params,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    UnitSummary unit = units.requireChangeable(unitId);
    try {
      history.recordForCollective(unitId, entry(params));
      redirect.addFlashAttribute("notice", texts.get("honours.held.recorded"));
      return "redirect:/units/" + unitId + "/honours";
    } catch (DomainException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return showCollective(unit, params, texts.of(e), model);
    }
  }

  private String showPerson(
      PersonView person, Map<String, String> typed, String error, Model model) {
    model.addAttribute("holderName", person.fullName());
    model.addAttribute("holderUnitName", person.unitName());
    model.addAttribute("action", "/people/" + person.id() + "/honours");
    model.addAttribute("backLink", "/people/" + person.id());
    model.addAttribute("checkLink", "/people/" + person.id() + "/eligibility");
    model.addAttribute("held", history.ofPerson(person.id()));
    model.addAttribute("canRecord", units.canChange(person.unitId()));
    return show(person.unitId(), Recipient.INDIVIDUAL, typed, error, model);
  }

  private String showCollective(
      UnitSummary unit, Map<String, String> typed, String error, Model model) {
    model.addAttribute("holderName", unit.name());
    model.addAttribute("holderUnitName", unit.levelName());
    model.addAttribute("action", "/units/" + unit.id() + "/honours");
    model.addAttribute("backLink", "/units/" + unit.id());
    model.addAttribute("checkLink", "/units/" + unit.id() + "/eligibility");
    model.addAttribute("held", history.ofCollective(unit.id()));
    model.addAttribute("canRecord", units.canChange(unit.id()));
    return show(unit.id(), Recipient.COLLECTIVE, typed, error, model);
  }

  private String show(
      long holderUnitId,
      Recipient recipient,
      Map<String, String> typed,
      String error,
      Model model) {
    List<UnitSummary> granting =
        new ArrayList<>(reads.ancestors(holderUnitId, LocalDate.now(Dates.VIETNAM)));
    granting.add(units.require(holderUnitId));
    java.util.Collections.reverse(granting);
    model.addAttribute("recipient", recipient);
    model.addAttribute("choices", HonourChoices.of(honours.catalogue(), recipient));
    model.addAttribute("grantingUnits", granting);
    model.addAttribute("typed", typed);
    model.addAttribute("error", error);
    return "honours/held";
  }

  private static HeldEntry entry(Map<String, String> params) {
    String choice = params.getOrDefault("honour", "");
    String code = choice;
    Integer grade = null;
    int colon = choice.lastIndexOf(':');
    if (colon > 0) {
      code = choice.substring(0, colon);
      Long number = number(choice.substring(colon + 1), "honours.held.honourMissing");
      grade = number == null ? null : number.intValue();
    }
    Long year = number(params.get("year"), "honours.held.yearMissing");
    if (year != null && (year < HONOUR_YEARS_FROM || year > HONOUR_YEARS_TO)) {
      throw DomainException.invalid("honours.year.outOfRange", HONOUR_YEARS_FROM, HONOUR_YEARS_TO);
    }
    return new HeldEntry(
        code.isBlank() ? null : code,
        grade,
        year == null ? null : year.intValue(),
        number(params.get("grantingUnitId"), "honours.held.grantingUnitMissing"));
  }

  private static Long number(String value, String problem) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Long.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw DomainException.invalid(problem);
    }
  }
}
