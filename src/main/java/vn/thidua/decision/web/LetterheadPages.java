package vn.thidua.decision.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.decision.LetterheadChange;
import vn.thidua.decision.LetterheadChoices;
import vn.thidua.shared.web.DomainException;
import vn.thidua.shared.web.Texts;

/** The page where a unit's officer chooses its decisions' symbol and place. */
@Controller
class LetterheadPages {

  private final LetterheadChoices letterheads;
  private final Texts texts;

  LetterheadPages(LetterheadChoices letterheads, Texts texts) {
    this.letterheads = letterheads;
    this.texts = texts;
  }

  @GetMapping("/decisions/letterheads/{unitId}")
  String show(@PathVariable long unitId, Model model) {
    var choice = letterheads.of(unitId);
    model.addAttribute("choice", choice);
    model.addAttribute("form", new LetterheadChange(choice.symbolSuffix(), choice.placeName()));
    model.addAttribute("version", choice.version());
    return "decision/letterhead";
  }

  @PostMapping("/decisions/letterheads/{unitId}")
  String choose(
      @PathVariable long unitId,
      @RequestParam(defaultValue = "-1") int version,
      @RequestParam(defaultValue = "") String symbolSuffix,
      @RequestParam(defaultValue = "") String placeName,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    LetterheadChange change = new LetterheadChange(symbolSuffix, placeName);
    try {
      letterheads.choose(unitId, version, change);
      redirect.addFlashAttribute("notice", texts.get("common.saved"));
      return "redirect:/decisions/letterheads/" + unitId;
    } catch (DomainException | OptimisticLockingFailureException e) {
      if (e instanceof DomainException domain && domain.refusesAccess()) {
        throw domain;
      }
      response.setStatus(
          e instanceof DomainException
              ? HttpStatus.UNPROCESSABLE_CONTENT.value()
              : HttpStatus.CONFLICT.value());
      model.addAttribute("choice", letterheads.of(unitId));
      model.addAttribute("form", change);
      model.addAttribute("version", version);
      model.addAttribute("error", texts.of(e));
      return "decision/letterhead";
    }
  }
}
