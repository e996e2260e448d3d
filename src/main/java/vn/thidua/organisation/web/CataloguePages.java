package vn.thidua.organisation.web;

import java.time.Year;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.organisation.Catalogue;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.shared.web.DomainException;
import vn.thidua.shared.web.Texts;

/** Levels and sectors (national administrators) and a unit's emulation clusters (its officers). */
@Controller
class CataloguePages {

  private final Catalogue catalogue;
  private final OrgUnits units;
  private final Texts texts;

  CataloguePages(Catalogue catalogue, OrgUnits units, Texts texts) {
    this.catalogue = catalogue;
    this.units = units;
    this.texts = texts;
  }

  @GetMapping("/admin/catalogue")
  String catalogue(Model model) {
    model.addAttribute("levels", catalogue.levels());
    model.addAttribute("sectors", catalogue.sectors());
    return "organisation/catalogue";
  }

  @PostMapping("/admin/catalogue/levels")
  String saveLevel(
      @RequestParam(required = false) Long id,
      Catalogue.LevelForm form,
      RedirectAttributes redirect) {
    return attempt(
        redirect,
        () -> {
          if (id == null) {
            catalogue.addLevel(form);
          } else {
            catalogue.changeLevel(id, form);
          }
        },
        "redirect:/admin/catalogue");
  }

  @PostMapping("/admin/catalogue/sectors")
  String saveSector(
      @RequestParam(required = false) Long id,
      Catalogue.SectorForm form,
      RedirectAttributes redirect) {
    return attempt(
        redirect,
        () -> {
          if (id == null) {
            catalogue.addSector(form);
          } else {
            catalogue.changeSector(id, form);
          }
        },
        "redirect:/admin/catalogue");
  }

  @GetMapping("/units/{unitId}/clusters")
  String clusters(
      @PathVariable long unitId, @RequestParam(required = false) Integer year, Model model) {
    int shown = year == null ? Year.now().getValue() : year;
    model.addAttribute("unit", units.requireVisible(unitId));
    model.addAttribute("year", shown);
    model.addAttribute("clusters", catalogue.clusters(unitId, shown));
    model.addAttribute("canChange", units.canChange(unitId));
    return "organisation/clusters";
  }

  @PostMapping("/units/{unitId}/clusters")
  String addCluster(
      @PathVariable long unitId,
      @RequestParam(defaultValue = "") String name,
      @RequestParam int year,
      RedirectAttributes redirect) {
    units.requireChangeable(unitId);
    return attempt(
        redirect,
        () -> {
          if (name.isBlank()) {
            throw DomainException.invalid("validation.NotBlank", texts.get("field.name"));
          }
          catalogue.addCluster(new Catalogue.ClusterForm(name, year, unitId));
        },
        "redirect:/units/" + unitId + "/clusters?year=" + year);
  }

  @PostMapping("/units/{unitId}/clusters/{clusterId}/members")
  String join(
      @PathVariable long unitId,
      @PathVariable long clusterId,
      @RequestParam(required = false) Long memberId,
      @RequestParam int year,
      RedirectAttributes redirect) {
    units.requireChangeable(unitId);
    return attempt(
        redirect,
        () -> {
          if (memberId == null) {
            throw DomainException.invalid("validation.NotNull", texts.get("field.memberId"));
          }
          catalogue.join(clusterId, memberId);
        },
        "redirect:/units/" + unitId + "/clusters?year=" + year);
  }

  @PostMapping("/units/{unitId}/clusters/{clusterId}/members/{memberId}/remove")
  String leave(
      @PathVariable long unitId,
      @PathVariable long clusterId,
      @PathVariable long memberId,
      @RequestParam int year,
      RedirectAttributes redirect) {
    units.requireChangeable(unitId);
    return attempt(
        redirect,
        () -> catalogue.leave(clusterId, memberId),
        "redirect:/units/" + unitId + "/clusters?year=" + year);
  }

  private String attempt(RedirectAttributes redirect, Runnable change, String target) {
    try {
      change.run();
      redirect.addFlashAttribute("notice", texts.get("common.saved"));
    } catch (DomainException | OptimisticLockingFailureException e) {
      redirect.addFlashAttribute("error", texts.of(e));
    }
    return target;
  }
}
