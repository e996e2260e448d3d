package vn.thidua.decision.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.decision.HonourBoard;
import vn.thidua.decision.StoryChange;
import vn.thidua.decision.StoryView;
import vn.thidua.shared.web.DomainException;
import vn.thidua.shared.web.Texts;

/** The officer's form for an exemplary awardee's story and photo on the honour board. */
@Controller
class StoryPages {

  private final HonourBoard board;
  private final Texts texts;

  StoryPages(HonourBoard board, Texts texts) {
    this.board = board;
    this.texts = texts;
  }

  @GetMapping("/decisions/{decisionId}/awardees/{lineId}/story")
  String form(@PathVariable long decisionId, @PathVariable long lineId, Model model) {
    model.addAttribute("story", board.story(decisionId, lineId));
    return "decision/story";
  }

  @PostMapping(
      path = "/decisions/{decisionId}/awardees/{lineId}/story",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  String save(
      @PathVariable long decisionId,
      @PathVariable long lineId,
      @RequestParam(defaultValue = "") String story,
      @RequestParam(required = false) Integer version,
      @RequestParam(defaultValue = "false") boolean removePhoto,
      @RequestPart(name = "photo", required = false) MultipartFile photo,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    StoryView current = board.story(decisionId, lineId);
    try {
      board.saveStory(
          decisionId,
          lineId,
          new StoryChange(story, version, HonourBoardApi.bytes(photo), removePhoto));
    } catch (DomainException | OptimisticLockingFailureException e) {
      model.addAttribute("error", texts.of(e));
      model.addAttribute(
          "story",
          new StoryView(
              decisionId,
              lineId,
              current.awardeeName(),
              story,
              current.hasPhoto(),
              current.version()));
      response.setStatus(
          e instanceof DomainException
              ? HttpStatus.UNPROCESSABLE_CONTENT.value()
              : HttpStatus.CONFLICT.value());
      return "decision/story";
    }
    redirect.addFlashAttribute("notice", texts.get("honourBoard.story.saved"));
    return "redirect:/honour-board/" + lineId;
  }
}
