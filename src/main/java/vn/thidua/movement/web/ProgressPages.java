package vn.thidua.movement.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Comparator;
import org.springframework.core.io.InputStreamResource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.attachment.AttachmentDownload;
import vn.thidua.attachment.AttachmentRef;
import vn.thidua.movement.MovementView;
import vn.thidua.movement.Movements;
import vn.thidua.movement.PhaseReportView;
import vn.thidua.movement.Progress;
import vn.thidua.movement.ProgressEvidence;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.shared.web.DomainException;
import vn.thidua.shared.web.Texts;

/**
 * A unit's progress report for a phase with its evidence, and the organiser's achievement table.
 */
@Controller
class ProgressPages {

  private static final String REPORT =
      "/movements/{movementId}/phases/{phaseId}/units/{unitId}/report";

  private final Movements movements;
  private final Progress progress;
  private final ProgressEvidence evidence;
  private final OrgUnits units;
  private final Texts texts;

  ProgressPages(
      Movements movements,
      Progress progress,
      ProgressEvidence evidence,
      OrgUnits units,
      Texts texts) {
    this.movements = movements;
    this.progress = progress;
    this.evidence = evidence;
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
    return redirectTo(movementId, phaseId, unitId);
  }

  private static String redirectTo(long movementId, long phaseId, long unitId) {
    return "redirect:/movements/"
        + movementId
        + "/phases/"
        + phaseId
        + "/units/"
        + unitId
        + "/report";
  }

  @PostMapping(value = REPORT + "/attachments", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  String attach(
      @PathVariable long movementId,
      @PathVariable long phaseId,
      @PathVariable long unitId,
      @RequestParam(required = false) MultipartFile file,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect)
      throws IOException {
    PhaseReportView report = progress.reportOf(movementId, phaseId, unitId);
    try (InputStream content =
        file == null ? InputStream.nullInputStream() : file.getInputStream()) {
      AttachmentRef ref =
          evidence.attach(
              movementId,
              phaseId,
              unitId,
              file == null ? null : file.getOriginalFilename(),
              file == null ? null : file.getContentType(),
              content);
      redirect.addFlashAttribute("notice", texts.get("attachment.uploaded", ref.fileName()));
    } catch (DomainException e) {
      model.addAttribute("attachmentError", texts.of(e));
      response.setStatus(FormStatus.of(e));
      return page(movements.get(movementId), report, ReportForm.of(report), model);
    }
    return redirectTo(movementId, phaseId, unitId);
  }

  @GetMapping(REPORT + "/attachments/{attachmentId}")
  ResponseEntity<InputStreamResource> download(
      @PathVariable long movementId,
      @PathVariable long phaseId,
      @PathVariable long unitId,
      @PathVariable long attachmentId) {
    return AttachmentDownload.of(evidence.open(movementId, phaseId, unitId, attachmentId));
  }

  @PostMapping(REPORT + "/attachments/{attachmentId}/delete")
  String remove(
      @PathVariable long movementId,
      @PathVariable long phaseId,
      @PathVariable long unitId,
      @PathVariable long attachmentId,
      RedirectAttributes redirect) {
    String name =
        evidence.evidence(movementId, phaseId, unitId).stream()
            .filter(ref -> ref.id() == attachmentId)
            .map(AttachmentRef::fileName)
            .findFirst()
            .orElse("");
    evidence.remove(movementId, phaseId, unitId, attachmentId);
    redirect.addFlashAttribute("notice", texts.get("attachment.deleted", name));
    return redirectTo(movementId, phaseId, unitId);
  }

  @GetMapping("/movements/{movementId}/progress")
  String achievement(
      @PathVariable long movementId, @RequestParam(required = false) Long phaseId, Model model) {
    MovementView movement = movements.get(movementId);
    long phase = phaseId != null ? phaseId : currentPhase(movement);
    model.addAttribute("movement", movement);
    model.addAttribute("table", progress.achievement(movementId, phase));
    model.addAttribute("evidence", evidence.evidenceOfPhase(movementId, phase));
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
    model.addAttribute(
        "evidence", evidence.evidence(movement.id(), report.phase().id(), report.unitId()));
    return "movement/report";
  }
}
