package vn.thidua.movement.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Comparator;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.movement.MovementView;
import vn.thidua.movement.Movements;
import vn.thidua.movement.PhaseReportView;
import vn.thidua.movement.Progress;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.shared.web.DomainException;
import vn.thidua.shared.web.Texts;

/** A unit's progress report for a phase, and the organiser's achievement table. */
@Controller
class ProgressPages {

  private final Movements movements;
  private final Progress progress;
  private final OrgUnits units;
  private final Texts texts;

  ProgressPages(Movements movements, Progress progress, OrgUnits units, Texts texts) {
    this.movements = movements;
    this.progress = progress;
    this.units = units;
    this.texts = texts;
  }

  @GetMapping("/movements/{movementId}/phases/{phaseId}/units/{unitId}/report")
  String show(
      @PathVariable long movementId,
      @PathVariable long phaseId,
      @PathVariable long unitId,
      Model model) {
    PhaseReportView report = progress.reportOf(movementId, phaseId, unitId);
    return page(movements.get(movementId), report, ReportForm.of(report), model);
  }

  @PostMapping("/movements/{movementId}/phases/{phaseId}/units/{unitId}/report")
  String save(
      @PathVariable long movementId,
      @PathVariable long phaseId,
      @PathVariable long unitId,
      @ModelAttribute("form") ReportForm form,
      BindingResult binding,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    PhaseReportView report = progress.reportOf(movementId, phaseId, unitId);
    units.requireChangeable(unitId);
    try {
      if (binding.hasErrors()) {
        throw DomainException.invalid(
            "movement.unreadableField", binding.getFieldErrors().get(0).getRejectedValue());
      }
      progress.report(movementId, phaseId, unitId, form.toDraft());
    } catch (DomainException | OptimisticLockingFailureException e) {
      model.addAttribute("error", texts.of(e));
      response.setStatus(FormStatus.of(e));
      return page(movements.get(movementId), report, form, model);
    }
    redirect.addFlashAttribute("notice", texts.get("progress.saved"));
    return "redirect:/movements/"
        + movementId
        + "/phases/"
        + phaseId
        + "/units/"
        + unitId
        + "/report";
  }

  @GetMapping("/movements/{movementId}/progress")
  String achievement(
      @PathVariable long movementId, @RequestParam(required = false) Long phaseId, Model model) {
    MovementView movement = movements.get(movementId);
    long phase = phaseId != null ? phaseId : currentPhase(movement);
    model.addAttribute("movement", movement);
    model.addAttribute("table", progress.achievement(movementId, phase));
    return "movement/progress";
  }

  /** The latest phase that has begun, or the first. */
  static long currentPhase(MovementView movement) {
    LocalDate today = Today.date();
    return movement.phases().stream()
        .filter(phase -> phase.startedBy(today))
        .max(Comparator.comparing(MovementView.PhaseView::startsOn))
        .or(() -> movement.phases().stream().findFirst())
        .map(MovementView.PhaseView::id)
        .orElseThrow(() -> DomainException.notFound("progress.phaseNotFound", "–"));
  }

  private String page(MovementView movement, PhaseReportView report, ReportForm form, Model model) {
    model.addAttribute("movement", movement);
    model.addAttribute("report", report);
    model.addAttribute("form", form);
    model.addAttribute(
        "editable", units.canChange(report.unitId()) && report.phase().startedBy(Today.date()));
    return "movement/report";
  }
}
