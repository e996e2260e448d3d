package vn.thidua.organisation.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.organisation.Catalogue;
import vn.thidua.organisation.Headcount;
import vn.thidua.organisation.Hierarchy;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.RollUp;
import vn.thidua.organisation.UnitFigures;
import vn.thidua.organisation.UnitReads;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.shared.excel.XlsxDownload;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Grant;
import vn.thidua.shared.web.DomainException;
import vn.thidua.shared.web.Paged;
import vn.thidua.shared.web.Texts;

@Controller
class UnitPages {

  private final OrgUnits units;
  private final UnitReads reads;
  private final UnitFigures figures;
  private final Hierarchy hierarchy;
  private final Catalogue catalogue;
  private final Texts texts;
  private final RollUpExport export;

  UnitPages(
      RollUpExport export,
      OrgUnits units,
      UnitReads reads,
      UnitFigures figures,
      Hierarchy hierarchy,
      Catalogue catalogue,
      Texts texts) {
    this.units = units;
    this.reads = reads;
    this.figures = figures;
    this.hierarchy = hierarchy;
    this.catalogue = catalogue;
    this.texts = texts;
    this.export = export;
  }

  @GetMapping("/units")
  String index(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(defaultValue = "0") int page,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Model model) {
    List<Long> grantUnits =
        CurrentUser.get()
            .map(user -> user.grants().stream().map(Grant::unitId).distinct().toList())
            .orElse(List.of());
    model.addAttribute("myUnits", units.findAll(grantUnits));
    model.addAttribute("q", q);
    if (!q.isBlank()) {
      Paged<UnitSummary> results = reads.search(q, Math.max(page, 0), 20);
      model.addAttribute("results", results);
    }
    return htmx != null ? "organisation/units :: results" : "organisation/units";
  }

  @GetMapping("/units/pick")
  String pick(@RequestParam(defaultValue = "") String q, @RequestParam String name, Model model) {
    if (!name.matches("[A-Za-z]{1,40}")) {
      throw DomainException.invalid("error.invalid");
    }
    model.addAttribute("name", name);
    model.addAttribute(
        "results",
        q.isBlank() ? new Paged<UnitSummary>(List.of(), 0, 10, 0) : reads.search(q, 0, 10));
    return "organisation/picker :: choices";
  }

  @GetMapping("/units/{unitId}")
  String unit(
      @PathVariable long unitId, @RequestParam(required = false) LocalDate asOf, Model model) {
    UnitSummary unit = units.requireVisible(unitId);
    LocalDate date = asOf == null ? LocalDate.now() : asOf;
    RollUp rollUp = figures.rollUp(unitId, date);
    model.addAttribute("unit", unit);
    model.addAttribute("asOf", date);
    model.addAttribute("rollUp", rollUp);
    model.addAttribute("ancestors", reads.ancestors(unitId, date));
    model.addAttribute("own", figures.ownOn(unitId, date).orElse(null));
    model.addAttribute("history", reads.history(unitId));
    model.addAttribute("canChange", units.canChange(unitId));
    model.addAttribute(
        "canReorganise", unit.parentId() != null && units.canChange(unit.parentId()));
    return "organisation/unit";
  }

  @GetMapping("/units/{unitId}/children.xlsx")
  void exportChildren(
      @PathVariable long unitId,
      @RequestParam(required = false) LocalDate asOf,
      HttpServletResponse response)
      throws IOException {
    units.requireVisible(unitId);
    RollUp rollUp = figures.rollUp(unitId, asOf == null ? LocalDate.now() : asOf);
    XlsxDownload.send(response, export.fileName(rollUp), out -> export.write(rollUp, out));
  }

  @GetMapping("/units/{unitId}/edit")
  String editForm(@PathVariable long unitId, Model model) {
    UnitSummary unit = units.requireChangeable(unitId);
    String sectorCode =
        catalogue.sectors().stream()
            .filter(sector -> unit.sectorId() != null && sector.id() == unit.sectorId())
            .map(Catalogue.SectorView::code)
            .findFirst()
            .orElse("");
    model.addAttribute("unit", unit);
    model.addAttribute(
        "form", new Hierarchy.UnitDetails(unit.code(), unit.name(), sectorCode, unit.version()));
    model.addAttribute("sectors", catalogue.sectors());
    return "organisation/unit-edit";
  }

  @PostMapping("/units/{unitId}/edit")
  String edit(
      @PathVariable long unitId,
      Hierarchy.UnitDetails form,
      Model model,
      RedirectAttributes redirect) {
    try {
      hierarchy.describe(unitId, form);
    } catch (DomainException | OptimisticLockingFailureException e) {
      model.addAttribute("unit", units.requireChangeable(unitId));
      model.addAttribute("form", form);
      model.addAttribute("sectors", catalogue.sectors());
      model.addAttribute("error", message(e));
      return "organisation/unit-edit";
    }
    redirect.addFlashAttribute("notice", text("common.saved"));
    return "redirect:/units/" + unitId;
  }

  @GetMapping("/units/{unitId}/children/new")
  String newChildForm(@PathVariable long unitId, Model model) {
    UnitSummary parent = units.requireChangeable(unitId);
    model.addAttribute("parent", parent);
    model.addAttribute("form", new Hierarchy.NewUnit(unitId, "", "", "", "", LocalDate.now()));
    addChoices(model, parent);
    return "organisation/unit-new";
  }

  @PostMapping("/units/{unitId}/children")
  String newChild(
      @PathVariable long unitId, Hierarchy.NewUnit form, Model model, RedirectAttributes redirect) {
    UnitSummary parent = units.requireChangeable(unitId);
    Hierarchy.NewUnit command =
        new Hierarchy.NewUnit(
            unitId,
            form.code(),
            form.name() == null ? "" : form.name(),
            form.levelCode(),
            form.sectorCode(),
            form.foundedOn());
    try {
      requireFilled(command.name(), "field.name");
      requireFilled(command.levelCode(), "field.levelCode");
      if (command.foundedOn() == null) {
        throw DomainException.invalid("validation.NotNull", text("field.foundedOn"));
      }
      long id = hierarchy.create(command);
      redirect.addFlashAttribute("notice", text("common.saved"));
      return "redirect:/units/" + id;
    } catch (DomainException e) {
      model.addAttribute("parent", parent);
      model.addAttribute("form", command);
      model.addAttribute("error", message(e));
      addChoices(model, parent);
      return "organisation/unit-new";
    }
  }

  @GetMapping("/units/{unitId}/figures/new")
  String figuresForm(@PathVariable long unitId, Model model) {
    UnitSummary unit = units.requireChangeable(unitId);
    model.addAttribute("unit", unit);
    model.addAttribute("asOf", LocalDate.now());
    model.addAttribute("form", figures.ownOn(unitId, LocalDate.now()).orElse(Headcount.NONE));
    return "organisation/figures-new";
  }

  @PostMapping("/units/{unitId}/figures")
  String recordFigures(
      @PathVariable long unitId,
      @RequestParam(required = false) LocalDate asOf,
      Headcount form,
      Model model,
      RedirectAttributes redirect) {
    UnitSummary unit = units.requireChangeable(unitId);
    try {
      if (asOf == null) {
        throw DomainException.invalid("validation.NotNull", text("field.asOf"));
      }
      figures.record(unitId, asOf, form);
    } catch (DomainException e) {
      model.addAttribute("unit", unit);
      model.addAttribute("asOf", asOf);
      model.addAttribute("form", form);
      model.addAttribute("error", message(e));
      return "organisation/figures-new";
    }
    redirect.addFlashAttribute("notice", text("common.saved"));
    return "redirect:/units/" + unitId + "?asOf=" + asOf;
  }

  private void addChoices(Model model, UnitSummary parent) {
    model.addAttribute(
        "levels",
        catalogue.levels().stream().filter(level -> level.tier() > parent.tier()).toList());
    model.addAttribute("sectors", catalogue.sectors());
  }

  private void requireFilled(String value, String fieldKey) {
    if (value == null || value.isBlank()) {
      throw DomainException.invalid("validation.NotBlank", text(fieldKey));
    }
  }

  private String text(String key) {
    return texts.get(key);
  }

  private String message(RuntimeException e) {
    return texts.of(e);
  }
}
