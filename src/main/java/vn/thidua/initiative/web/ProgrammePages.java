package vn.thidua.initiative.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.initiative.NewProgramme;
import vn.thidua.initiative.ProgrammeView;
import vn.thidua.initiative.Programmes;
import vn.thidua.initiative.RecognitionLevel;
import vn.thidua.initiative.TargetChange;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Grant;
import vn.thidua.shared.time.Dates;
import vn.thidua.shared.web.DomainException;
import vn.thidua.shared.web.Texts;

/**
 * Programmes: the list, the launch form, and a programme's page for one unit with its achievement,
 * the units below it ranked, the targets it hands down, and leaderboards by sector and cluster.
 */
@Controller
@RequestMapping("/initiatives/programmes")
class ProgrammePages {

  static final int WINDOW_ROWS = 6;

  private final Programmes programmes;
  private final OrgUnits units;
  private final Texts texts;

  ProgrammePages(Programmes programmes, OrgUnits units, Texts texts) {
    this.programmes = programmes;
    this.units = units;
    this.texts = texts;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("programmes", programmes.visible());
    model.addAttribute("canLaunch", !changeableUnits().isEmpty());
    return "initiative/programmes";
  }

  @GetMapping("/new")
  String newForm(Model model) {
    return showForm(Map.of("publicBoard", "true"), null, model);
  }

  @PostMapping("/new")
  String launch(
      @RequestParam Map<String, String> params,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Long unitId = number(params.get("unitId"));
    if (unitId != null) {
      units.requireChangeable(unitId);
    }
    try {
      List<NewProgramme.Window> windows = new ArrayList<>();
      for (int i = 0; i < WINDOW_ROWS; i++) {
        String name = params.getOrDefault("window" + i + "Name", "");
        String opens = params.getOrDefault("window" + i + "Opens", "");
        String closes = params.getOrDefault("window" + i + "Closes", "");
        if (!name.isBlank() || !opens.isBlank() || !closes.isBlank()) {
          windows.add(
              new NewProgramme.Window(
                  name,
                  date(opens, "programme.window.opensOn"),
                  date(closes, "programme.window.closesOn")));
        }
      }
      ProgrammeView launched =
          programmes.launch(
              new NewProgramme(
                  unitId,
                  params.get("name"),
                  params.get("description"),
                  date(params.get("startsOn"), "programme.startsOn"),
                  date(params.get("endsOn"), "programme.endsOn"),
                  "true".equals(params.get("publicBoard")),
                  wholeNumber(params.get("target")),
                  windows));
      redirect.addFlashAttribute("notice", texts.get("programme.launched"));
      return "redirect:/initiatives/programmes/" + launched.id();
    } catch (DomainException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return showForm(params, texts.of(e), model);
    }
  }

  @GetMapping("/{programmeId}")
  String show(
      @PathVariable long programmeId,
      @RequestParam(required = false) Long unitId,
      @RequestParam(required = false) RecognitionLevel atLeast,
      @RequestParam(defaultValue = "units") String by,
      @RequestParam(required = false) Long clusterId,
      Model model) {
    ProgrammeView programme = programmes.get(programmeId);
    long unit = unitId != null ? unitId : defaultUnit(programme);
    return showAchievement(programme, unit, atLeast, by, clusterId, model);
  }

  @PostMapping("/{programmeId}/targets")
  String setTarget(
      @PathVariable long programmeId,
      @RequestParam(required = false) Long unitId,
      @RequestParam(required = false) Long backTo,
      @RequestParam(defaultValue = "") String target,
      @RequestParam(required = false) Integer version,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    ProgrammeView programme = programmes.get(programmeId);
    long page = backTo != null ? backTo : programme.unitId();
    try {
      if (unitId == null) {
        throw DomainException.invalid("error.invalid");
      }
      programmes.setTarget(programmeId, unitId, new TargetChange(wholeNumber(target), version));
    } catch (DomainException | OptimisticLockingFailureException e) {
      String message = texts.of(e);
      response.setStatus(
          e instanceof OptimisticLockingFailureException
              ? HttpStatus.CONFLICT.value()
              : HttpStatus.UNPROCESSABLE_CONTENT.value());
      model.addAttribute("targetError", message);
      return showAchievement(programme, page, null, "units", null, model);
    }
    redirect.addFlashAttribute("notice", texts.get("programme.targetSaved"));
    return "redirect:/initiatives/programmes/" + programmeId + "?unitId=" + page;
  }

  private String showAchievement(
      ProgrammeView programme,
      long unitId,
      RecognitionLevel atLeast,
      String by,
      Long clusterId,
      Model model) {
    var achievement = programmes.achievement(programme.id(), unitId, atLeast);
    model.addAttribute("programme", programme);
    model.addAttribute("achievement", achievement);
    model.addAttribute("levels", RecognitionLevel.values());
    model.addAttribute("by", by);
    model.addAttribute("canHandDown", units.canChange(unitId) && achievement.target() != null);
    model.addAttribute(
        "handDown",
        units.canChange(unitId) && achievement.target() != null
            ? programmes.handDown(programme.id(), unitId)
            : List.of());
    model.addAttribute("canSetOwn", unitId == programme.unitId() && programme.canChange());
    if ("sectors".equals(by)) {
      model.addAttribute("board", programmes.bySector(programme.id(), unitId, atLeast));
    }
    if ("clusters".equals(by)) {
      var clusters = programmes.clusters(programme.id(), unitId);
      model.addAttribute("clusters", clusters);
      Long chosen =
          clusterId != null ? clusterId : clusters.isEmpty() ? null : clusters.get(0).id();
      model.addAttribute("clusterId", chosen);
      if (chosen != null) {
        model.addAttribute("board", programmes.byCluster(programme.id(), unitId, chosen, atLeast));
      }
    }
    return "initiative/programme";
  }

  /** The launching unit for those who see it; otherwise the user's own unit below it. */
  private long defaultUnit(ProgrammeView programme) {
    if (units.canSee(programme.unitId())) {
      return programme.unitId();
    }
    return CurrentUser.get().stream()
        .flatMap(user -> user.grants().stream())
        .map(Grant::unitId)
        .filter(unit -> units.isWithin(unit, programme.unitId()))
        .findFirst()
        .orElse(programme.unitId());
  }

  private String showForm(Map<String, String> typed, String error, Model model) {
    model.addAttribute("typed", typed);
    model.addAttribute("error", error);
    model.addAttribute("launchUnits", changeableUnits());
    model.addAttribute("windowRows", WINDOW_ROWS);
    return "initiative/programme-new";
  }

  private List<UnitSummary> changeableUnits() {
    List<Long> grantUnits =
        CurrentUser.get().stream()
            .flatMap(user -> user.grants().stream())
            .filter(grant -> grant.role().canChange())
            .map(Grant::unitId)
            .distinct()
            .toList();
    return units.findAll(grantUnits).stream().filter(unit -> unit.endedOn() == null).toList();
  }

  private LocalDate date(String text, String labelKey) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return Dates.parse(text)
        .orElseThrow(
            () -> DomainException.invalid("initiative.date.invalid", texts.get(labelKey), text));
  }

  private static Integer wholeNumber(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String digits = text.strip().replace(".", "").replace(" ", "");
    if (!digits.matches("\\d{1,9}")) {
      throw DomainException.invalid("programme.target.notNumber", text.strip());
    }
    return Integer.valueOf(digits);
  }

  private static Long number(String text) {
    try {
      return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
