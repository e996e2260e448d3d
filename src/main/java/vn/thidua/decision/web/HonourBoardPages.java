package vn.thidua.decision.web;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import vn.thidua.decision.HonourBoard;
import vn.thidua.decision.HonourBoardFilter;
import vn.thidua.decision.Photo;

/**
 * The public honour board: those honoured by issued decisions, by unit, year and honour, searched
 * without diacritics, with a page for each exemplary person or collective. No sign-in.
 */
@Controller
class HonourBoardPages {

  private final HonourBoard board;

  HonourBoardPages(HonourBoard board) {
    this.board = board;
  }

  @GetMapping("/honour-board")
  String list(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(required = false) Long unitId,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String honour,
      @RequestParam(defaultValue = "0") int page,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore,
      Model model) {
    model.addAttribute("q", q);
    model.addAttribute("unitId", unitId);
    model.addAttribute("year", year);
    model.addAttribute("honour", honour);
    model.addAttribute("choices", board.choices());
    model.addAttribute(
        "results", board.search(new HonourBoardFilter(q, unitId, year, honour), page, 24));
    return htmx != null && restore == null ? "decision/board :: results" : "decision/board";
  }

  @GetMapping("/honour-board/{lineId}")
  String profile(@PathVariable long lineId, Model model) {
    model.addAttribute("profile", board.profile(lineId));
    return "decision/board-profile";
  }

  @GetMapping("/honour-board/{lineId}/photo")
  ResponseEntity<byte[]> photo(@PathVariable long lineId) {
    return photoResponse(board.photo(lineId).orElse(null));
  }

  static ResponseEntity<byte[]> photoResponse(Photo photo) {
    if (photo == null) {
      return ResponseEntity.notFound().build();
    }
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(photo.contentType()))
        .cacheControl(CacheControl.noCache())
        .header("X-Content-Type-Options", "nosniff")
        .body(photo.content());
  }
}
