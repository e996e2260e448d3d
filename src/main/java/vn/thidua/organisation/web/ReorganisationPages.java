package vn.thidua.organisation.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.organisation.Hierarchy;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.RollUp;
import vn.thidua.organisation.UnitFigures;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.shared.web.DomainException;
import vn.thidua.shared.web.Texts;

/** Move, merge, split and dissolve a unit, each with an effective date. */
@Controller
class ReorganisationPages {

  private static final int MAX_SPLIT_PARTS = 5;

  private final OrgUnits units;
  private final Hierarchy hierarchy;
  private final UnitFigures figures;
  private final Texts texts;

  ReorganisationPages(OrgUnits units, Hierarchy hierarchy, UnitFigures figures, Texts texts) {
    this.units = units;
    this.hierarchy = hierarchy;
    this.figures = figures;
    this.texts = texts;
  }

  @GetMapping("/units/{unitId}/reorganise")
  String form(@PathVariable long unitId, Model model) {
    return show(unitId, LocalDate.now(), null, model);
  }

  @PostMapping("/units/{unitId}/move")
  String move(
      @PathVariable long unitId,
      @RequestParam(required = false) Long newParentId,
      @RequestParam(required = false) LocalDate effectiveOn,
      Model model,
      RedirectAttributes redirect) {
    return attempt(
        unitId,
        effectiveOn,
        model,
        redirect,
        () -> hierarchy.move(unitId, required(newParentId, "field.newParentId"), date(effectiveOn)),
        unitId);
  }

  @PostMapping("/units/{unitId}/dissolve")
  String dissolve(
      @PathVariable long unitId,
      @RequestParam(required = false) LocalDate effectiveOn,
      Model model,
      RedirectAttributes redirect) {
    return attempt(
        unitId,
        effectiveOn,
        model,
        redirect,
        () -> hierarchy.dissolve(unitId, date(effectiveOn)),
        unitId);
  }

  @PostMapping("/units/{unitId}/merge")
  String merge(
      @PathVariable long unitId,
      @RequestParam(required = false) Long targetId,
      @RequestParam(required = false) LocalDate effectiveOn,
      Model model,
      RedirectAttributes redirect) {
    Long target = targetId;
    return attempt(
        unitId,
        effectiveOn,
        model,
        redirect,
        () ->
            hierarchy.merge(
                new Hierarchy.Merger(
                    List.of(unitId), required(target, "field.targetId"), null, date(effectiveOn))),
        target == null ? unitId : target);
  }

  @PostMapping("/units/{unitId}/split")
  String split(
      @PathVariable long unitId,
      @RequestParam(required = false) LocalDate effectiveOn,
      @RequestParam(name = "partName", required = false) List<String> partNames,
      @RequestParam(name = "childPart", required = false) List<Integer> childParts,
      @RequestParam(name = "childId", required = false) List<Long> childIds,
      Model model,
      RedirectAttributes redirect) {
    return attempt(
        unitId,
        effectiveOn,
        model,
        redirect,
        () -> hierarchy.split(unitId, splitOf(partNames, childParts, childIds, date(effectiveOn))),
        units.require(unitId).parentId() == null ? unitId : units.require(unitId).parentId());
  }

  private static Hierarchy.Split splitOf(
      List<String> names, List<Integer> childParts, List<Long> childIds, LocalDate on) {
    List<String> filled =
        names == null ? List.of() : names.stream().filter(n -> n != null && !n.isBlank()).toList();
    if (filled.size() < 2) {
      throw DomainException.invalid("unit.splitNeedsTwoParts");
    }
    List<List<Long>> children = new ArrayList<>();
    filled.forEach(name -> children.add(new ArrayList<>()));
    if (childIds != null) {
      for (int i = 0; i < childIds.size(); i++) {
        Integer part = childParts == null || i >= childParts.size() ? null : childParts.get(i);
        if (part == null || part < 0 || part >= filled.size()) {
          throw DomainException.invalid("unit.splitChildrenUnassigned", 1);
        }
        children.get(part).add(childIds.get(i));
      }
    }
    List<Hierarchy.Split.Part> parts = new ArrayList<>();
    for (int i = 0; i < filled.size(); i++) {
      parts.add(new Hierarchy.Split.Part(null, filled.get(i), null, null, children.get(i)));
    }
    return new Hierarchy.Split(on, parts);
  }

  private String attempt(
      long unitId,
      LocalDate effectiveOn,
      Model model,
      RedirectAttributes redirect,
      Runnable change,
      long landingUnitId) {
    try {
      change.run();
    } catch (DomainException e) {
      return show(unitId, effectiveOn == null ? LocalDate.now() : effectiveOn, texts.of(e), model);
    }
    redirect.addFlashAttribute("notice", texts.get("reorganise.done"));
    return "redirect:/units/" + landingUnitId;
  }

  private String show(long unitId, LocalDate on, String error, Model model) {
    UnitSummary unit = units.requireVisible(unitId);
    if (unit.parentId() == null) {
      throw DomainException.invalid("unit.rootCannotChange");
    }
    if (!units.canChange(unit.parentId())) {
      throw DomainException.forbidden("unit.reorganiseByParentOnly", unit.name());
    }
    RollUp rollUp = figures.rollUp(unitId, on);
    model.addAttribute("unit", unit);
    model.addAttribute("effectiveOn", on);
    model.addAttribute("children", rollUp.children());
    model.addAttribute("splitParts", MAX_SPLIT_PARTS);
    model.addAttribute("error", error);
    return "organisation/reorganise";
  }

  private <T> T required(T value, String fieldKey) {
    if (value == null) {
      throw DomainException.invalid("validation.NotNull", texts.get(fieldKey));
    }
    return value;
  }

  private LocalDate date(LocalDate value) {
    return required(value, "field.effectiveOn");
  }
}
