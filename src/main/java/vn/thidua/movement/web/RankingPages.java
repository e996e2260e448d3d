package vn.thidua.movement.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.math.BigDecimal;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.movement.MovementView;
import vn.thidua.movement.Movements;
import vn.thidua.movement.RankingView;
import vn.thidua.movement.Scoreboard;
import vn.thidua.shared.excel.XlsxDownload;
import vn.thidua.shared.web.DomainException;
import vn.thidua.shared.web.Texts;

/** The ranking of a phase, its adjustments and its export. */
@Controller
class RankingPages {

  private final Movements movements;
  private final Scoreboard scoreboard;
  private final RankingExport export;
  private final Texts texts;

  RankingPages(Movements movements, Scoreboard scoreboard, RankingExport export, Texts texts) {
    this.movements = movements;
    this.scoreboard = scoreboard;
    this.export = export;
    this.texts = texts;
  }

  @GetMapping("/movements/{movementId}/ranking")
  String ranking(
      @PathVariable long movementId, @RequestParam(required = false) Long phaseId, Model model) {
    MovementView movement = movements.get(movementId);
    long phase = phaseId != null ? phaseId : ProgressPages.currentPhase(movement);
    return page(movement, scoreboard.ranking(movementId, phase), model);
  }

  @PostMapping("/movements/{movementId}/phases/{phaseId}/adjustments/{unitId}")
  String adjust(
      @PathVariable long movementId,
      @PathVariable long phaseId,
      @PathVariable long unitId,
      @RequestParam(required = false) String points,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) Integer version,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    MovementView movement = movements.get(movementId);
    if (!movements.canManage(movementId)) {
      throw DomainException.forbidden("movement.organiserOnly");
    }
    try {
      scoreboard.adjust(
          movementId, phaseId, unitId, new Scoreboard.Adjustment(number(points), reason, version));
    } catch (DomainException | OptimisticLockingFailureException e) {
      model.addAttribute("error", texts.of(e));
      model.addAttribute("openAdjustment", unitId);
      model.addAttribute("typedPoints", points);
      model.addAttribute("typedReason", reason);
      response.setStatus(FormStatus.of(e));
      return page(movement, scoreboard.ranking(movementId, phaseId), model);
    }
    redirect.addFlashAttribute("notice", texts.get("ranking.adjusted"));
    return "redirect:/movements/" + movementId + "/ranking?phaseId=" + phaseId;
  }

  @GetMapping("/movements/{movementId}/ranking.xlsx")
  void exportRanking(
      @PathVariable long movementId,
      @RequestParam(required = false) Long phaseId,
      HttpServletResponse response)
      throws IOException {
    MovementView movement = movements.get(movementId);
    long phase = phaseId != null ? phaseId : ProgressPages.currentPhase(movement);
    RankingView ranking = scoreboard.ranking(movementId, phase);
    XlsxDownload.send(response, "xep-hang-thi-dua.xlsx", out -> export.write(ranking, out));
  }

  private String page(MovementView movement, RankingView ranking, Model model) {
    model.addAttribute("movement", movement);
    model.addAttribute("ranking", ranking);
    model.addAttribute("canManage", movements.canManage(movement.id()));
    return "movement/ranking";
  }

  /** Points as typed: a decimal comma reads as a point ("2,5" is 2.5). */
  private static BigDecimal number(String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(typed.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw DomainException.invalid("movement.unreadableField", typed);
    }
  }
}
