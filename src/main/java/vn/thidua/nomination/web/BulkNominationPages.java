package vn.thidua.nomination.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
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
import vn.thidua.nomination.BulkNomination;
import vn.thidua.nomination.BulkResult;
import vn.thidua.nomination.Nominations;
import vn.thidua.nomination.RoundView;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.people.PeopleRegistry;
import vn.thidua.people.PersonSearch;
import vn.thidua.shared.web.DomainException;
import vn.thidua.shared.web.Texts;

/** Proposes many of a unit's people at once: checkboxes on the unit's list of people. */
@Controller
class BulkNominationPages {

  static final int LISTED = PersonSearch.MAX_SIZE;

  private final Nominations nominations;
  private final HonourChoices honours;
  private final OrgUnits units;
  private final PeopleRegistry people;
  private final Texts texts;

  BulkNominationPages(
      Nominations nominations,
      HonourChoices honours,
      OrgUnits units,
      PeopleRegistry people,
      Texts texts) {
    this.nominations = nominations;
    this.honours = honours;
    this.units = units;
    this.people = people;
    this.texts = texts;
  }

  @GetMapping("/nominations/rounds/{nominationRoundId}/bulk-new")
  String form(
      @PathVariable long nominationRoundId,
      @RequestParam(required = false) Long unitId,
      @RequestParam(defaultValue = "") String q,
      Model model) {
    RoundView round = nominations.round(nominationRoundId);
    return show(round, unitId, q, Map.of(), List.of(), null, model);
  }

  @PostMapping("/nominations/rounds/{nominationRoundId}/bulk-new")
  String nominate(
      @PathVariable long nominationRoundId,
      @RequestParam(required = false) Long unitId,
      @RequestParam(required = false) String honour,
      @RequestParam(required = false) String achievements,
      @RequestParam(name = "personIds", required = false) List<Long> personIds,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    RoundView round = nominations.round(nominationRoundId);
    if (unitId != null) {
      units.requireChangeable(unitId);
    }
    List<Long> picked = personIds == null ? List.of() : personIds;
    String[] parts = honour == null ? new String[] {""} : honour.split("/");
    BulkResult result;
    try {
      result =
          nominations.nominateMany(
              round.id(),
              new BulkNomination(
                  unitId,
                  parts[0],
                  parts.length == 2 ? RoundPages.integer(parts[1]) : null,
                  picked,
                  achievements));
    } catch (DomainException e) {
      if (e.refusesAccess()) {
        throw e;
      }
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return show(round, unitId, "", Map.of(), picked, texts.of(e), model);
    }
    if (!result.done()) {
      Map<Long, String> refusals = new HashMap<>();
      result.refusals().forEach(r -> refusals.put(r.nominationId(), r.message()));
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return show(
          round,
          unitId,
          "",
          refusals,
          picked,
          texts.get("nomination.bulkNew.refused", refusals.size()),
          model);
    }
    redirect.addFlashAttribute("notice", texts.get("nomination.bulkNew.done", result.moved()));
    return "redirect:/nominations/rounds/" + round.id() + "?state=DRAFT";
  }

  private String show(
      RoundView round,
      Long unitId,
      String q,
      Map<Long, String> refusals,
      List<Long> picked,
      String error,
      Model model) {
    List<UnitSummary> proposers = proposingUnits(round);
    Long chosen = unitId != null ? unitId : proposers.isEmpty() ? null : proposers.get(0).id();
    if (chosen != null) {
      units.requireVisible(chosen);
    }
    model.addAttribute("round", round);
    model.addAttribute("proposers", proposers);
    model.addAttribute("unitId", chosen);
    model.addAttribute("q", q);
    model.addAttribute(
        "people",
        chosen == null
            ? List.of()
            : people.search(new PersonSearch(chosen, q, false, 0, LISTED)).items());
    model.addAttribute("choices", honours.of(round.honours()));
    model.addAttribute("refusals", refusals);
    model.addAttribute("picked", picked);
    model.addAttribute("error", error);
    return "nomination/bulk-new";
  }

  private List<UnitSummary> proposingUnits(RoundView round) {
    return ProposingUnits.of(units, round);
  }
}
