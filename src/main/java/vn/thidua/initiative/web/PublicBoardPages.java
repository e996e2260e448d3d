package vn.thidua.initiative.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.thidua.initiative.Programmes;

/**
 * The public leaderboards of programmes, for anyone without signing in: only programmes launched
 * with a public board, and only counts, never an initiative or a person.
 */
@Controller
class PublicBoardPages {

  private final Programmes programmes;

  PublicBoardPages(Programmes programmes) {
    this.programmes = programmes;
  }

  @GetMapping("/board")
  String list(Model model) {
    model.addAttribute("programmes", programmes.publicProgrammes());
    return "initiative/board-list";
  }

  @GetMapping("/board/programmes/{programmeId}")
  String board(
      @PathVariable long programmeId, @RequestParam(required = false) Long unitId, Model model) {
    model.addAttribute("achievement", programmes.publicBoard(programmeId, unitId));
    return "initiative/board";
  }
}
