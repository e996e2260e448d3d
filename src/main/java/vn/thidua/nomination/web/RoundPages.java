package vn.thidua.nomination.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.decision.Decisions;
import vn.thidua.nomination.Board;
import vn.thidua.nomination.BoardFilter;
import vn.thidua.nomination.BulkMove;
import vn.thidua.nomination.BulkResult;
import vn.thidua.nomination.DecisionRequest;
import vn.thidua.nomination.HonourRef;
import vn.thidua.nomination.NominationAction;
import vn.thidua.nomination.NominationState;
import vn.thidua.nomination.Nominations;
import vn.thidua.nomination.Quota;
import vn.thidua.nomination.RoundForm;
import vn.thidua.nomination.RoundView;
import vn.thidua.nomination.Threshold;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Grant;
import vn.thidua.shared.time.Dates;
import vn.thidua.shared.web.DomainException;
import vn.thidua.shared.web.Texts;

/** The rounds: the list, the form that opens one, the review board and the council's minutes. */
@Controller
class RoundPages {

  private final Nominations nominations;
  private final HonourChoices honours;
  private final Decisions decisions;
  private final OrgUnits units;
  private final Texts texts;

  RoundPages(
      Nominations nominations,
      HonourChoices honours,
      Decisions decisions,
      OrgUnits units,
      Texts texts) {
    this.nominations = nominations;
    this.honours = honours;
    this.decisions = decisions;
    this.units = units;
    this.texts = texts;
  }

  @GetMapping("/nominations")
  String rounds(Model model) {
    model.addAttribute("rounds", nominations.rounds());
    model.addAttribute("mayOpen", !reviewingUnits().isEmpty());
    return "nomination/rounds";
  }

  @GetMapping("/nominations/rounds/new")
  String newRound(Model model) {
    Map<String, String> typed = new HashMap<>();
    int year = LocalDate.now().getYear();
    typed.put("year", String.valueOf(year));
    typed.put("deadline", Dates.format(LocalDate.now().plusMonths(1)));
    typed.put("threshold", Threshold.SIMPLE_MAJORITY.name());
    return showRoundForm(typed, List.of(), null, model);
  }

  @PostMapping("/nominations/rounds/new")
  String openRound(
      @RequestParam Map<String, String> typed,
      @RequestParam(name = "honour", required = false) List<String> chosen,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    List<String> picked = chosen == null ? List.of() : chosen;
    Long unitId = number(typed.get("unitId"));
    if (unitId != null) {
      units.requireChangeable(unitId);
    }
    try {
      RoundView round = nominations.openRound(roundForm(unitId, typed, picked));
      redirect.addFlashAttribute("notice", texts.get("nomination.round.opened"));
      return "redirect:/nominations/rounds/" + round.id();
    } catch (DomainException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return showRoundForm(typed, picked, texts.of(e), model);
    }
  }

  @GetMapping("/nominations/rounds/{nominationRoundId}")
  String board(
      @PathVariable long nominationRoundId,
      @RequestParam(required = false) NominationState state,
      @RequestParam(required = false) Long unitId,
      @RequestParam(required = false) String honourCode,
      @RequestParam(required = false) String q,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Model model) {
    BoardFilter filter = new BoardFilter(state, unitId, blankToNull(honourCode), q);
    return showBoard(nominationRoundId, filter, null, model, htmx != null);
  }

  @PostMapping("/nominations/rounds/{nominationRoundId}/bulk")
  String bulk(
      @PathVariable long nominationRoundId,
      @RequestParam(required = false) NominationAction action,
      @RequestParam(required = false) String reason,
      @RequestParam(name = "ids", required = false) List<Long> ids,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    nominations.round(nominationRoundId);
    BulkResult result;
    try {
      result =
          nominations.actOnMany(
              nominationRoundId, new BulkMove(action, reason, ids == null ? List.of() : ids));
    } catch (DomainException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("error", texts.of(e));
      return showBoard(nominationRoundId, BoardFilter.all(), null, model, false);
    }
    if (!result.done()) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("error", texts.get("nomination.bulk.refused", result.refusals().size()));
      return showBoard(nominationRoundId, BoardFilter.all(), result, model, false);
    }
    redirect.addFlashAttribute("notice", texts.get("nomination.bulk.done", result.moved()));
    return "redirect:/nominations/rounds/" + nominationRoundId;
  }

  @PostMapping("/nominations/rounds/{nominationRoundId}/decision")
  String draftDecision(
      @PathVariable long nominationRoundId,
      @RequestParam(required = false) String subject,
      @RequestParam(required = false) String signerName,
      @RequestParam(required = false) String signerPosition,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    nominations.round(nominationRoundId);
    try {
      nominations.draftDecision(
          nominationRoundId, new DecisionRequest(subject, List.of(), signerName, signerPosition));
    } catch (DomainException e) {
      if (e.refusesAccess()) {
        throw e;
      }
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("error", texts.of(e));
      return showBoard(nominationRoundId, BoardFilter.all(), null, model, false);
    }
    redirect.addFlashAttribute("notice", texts.get("nomination.decision.drafted"));
    return "redirect:/nominations/rounds/" + nominationRoundId;
  }

  @GetMapping("/nominations/rounds/{nominationRoundId}/minutes")
  String minutes(@PathVariable long nominationRoundId, Model model) {
    model.addAttribute("minutes", nominations.minutes(nominationRoundId));
    return "nomination/minutes";
  }

  private String showBoard(
      long roundId, BoardFilter filter, BulkResult refused, Model model, boolean fragment) {
    Board board = nominations.board(roundId, filter);
    model.addAttribute("board", board);
    model.addAttribute("round", board.round());
    model.addAttribute("filter", filter);
    model.addAttribute("states", NominationState.values());
    model.addAttribute("approvedCount", board.counts().get(NominationState.APPROVED));
    model.addAttribute("bulkActions", bulkActions(board.round()));
    Map<Long, String> refusals = new HashMap<>();
    if (refused != null) {
      refused.refusals().forEach(r -> refusals.put(r.nominationId(), r.message()));
    }
    model.addAttribute("refusals", refusals);
    model.addAttribute("honourNames", honours.names());
    model.addAttribute(
        "decision",
        board.round().decisionId() == null ? null : decisions.get(board.round().decisionId()));
    return fragment ? "nomination/board :: rows" : "nomination/board";
  }

  private static List<NominationAction> bulkActions(RoundView round) {
    List<NominationAction> actions = new ArrayList<>();
    for (NominationAction action : NominationAction.values()) {
      boolean mine =
          (action.side() == NominationAction.Side.REVIEWER && round.reviewer())
              || action.side() == NominationAction.Side.PROPOSER;
      if (mine && action != NominationAction.ESCALATE) {
        actions.add(action);
      }
    }
    return actions;
  }

  private String showRoundForm(
      Map<String, String> typed, List<String> picked, String error, Model model) {
    model.addAttribute("typed", typed);
    model.addAttribute("picked", picked);
    model.addAttribute("error", error);
    model.addAttribute("reviewers", reviewingUnits());
    model.addAttribute("choices", honours.gradeChoices());
    model.addAttribute("thresholds", Threshold.values());
    return "nomination/round-new";
  }

  private RoundForm roundForm(Long unitId, Map<String, String> typed, List<String> picked) {
    List<HonourRef> refs = new ArrayList<>();
    for (String value : picked) {
      String[] parts = value.split("/");
      Integer grade = parts.length == 2 ? integer(parts[1]) : null;
      refs.add(new HonourRef(parts[0], grade == null ? 0 : grade));
    }
    List<Quota> quotas = new ArrayList<>();
    for (String line : typed.getOrDefault("quotas", "").split("\\R")) {
      String[] parts = line.strip().split("[=:\\s]+");
      if (parts.length == 2 && number(parts[0]) != null && integer(parts[1]) != null) {
        quotas.add(new Quota(number(parts[0]), integer(parts[1])));
      } else if (!line.isBlank()) {
        throw DomainException.invalid("nomination.round.quotaLine", line.strip());
      }
    }
    String percent = typed.get("thresholdPercent");
    String threshold = typed.get("threshold");
    return new RoundForm(
        unitId,
        typed.get("name"),
        integer(typed.get("year")),
        date(typed.get("periodFrom")),
        date(typed.get("periodTo")),
        date(typed.get("deadline")),
        threshold == null || threshold.isBlank() ? null : Threshold.valueOf(threshold),
        integer(percent),
        refs,
        quotas);
  }

  private List<UnitSummary> reviewingUnits() {
    List<Long> ids =
        CurrentUser.get().stream()
            .flatMap(user -> user.grants().stream())
            .map(Grant::unitId)
            .distinct()
            .filter(units::canChange)
            .toList();
    return units.findAll(ids).stream()
        .filter(unit -> !unit.grassroots())
        .filter(unit -> unit.endedOn() == null)
        .toList();
  }

  private static LocalDate date(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return Dates.parse(text.strip())
        .orElseThrow(() -> DomainException.invalid("nomination.date", text.strip()));
  }

  static Long number(String text) {
    try {
      return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static Integer integer(String text) {
    try {
      return text == null || text.isBlank() ? null : Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
