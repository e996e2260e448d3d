package vn.thidua.contest.web;

import jakarta.servlet.http.HttpServletResponse;
import java.math.BigDecimal;
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
import vn.thidua.contest.ContestView;
import vn.thidua.contest.Contests;
import vn.thidua.contest.EntryKind;
import vn.thidua.contest.Mark;
import vn.thidua.contest.NewContest;
import vn.thidua.contest.NewEntry;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.people.PeopleRegistry;
import vn.thidua.people.PersonSearch;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Grant;
import vn.thidua.shared.time.Dates;
import vn.thidua.shared.web.DomainException;
import vn.thidua.shared.web.Texts;

/** The contests: list, organising form, a contest's page with registration, marks and results. */
@Controller
@RequestMapping("/contests")
class ContestPages {

  static final int ROUND_ROWS = 4;
  static final int PRIZE_ROWS = 5;

  private final Contests contests;
  private final OrgUnits units;
  private final PeopleRegistry people;
  private final Texts texts;

  ContestPages(Contests contests, OrgUnits units, PeopleRegistry people, Texts texts) {
    this.contests = contests;
    this.units = units;
    this.people = people;
    this.texts = texts;
  }

  @GetMapping
  String list(Model model) {
    model.addAttribute("contests", contests.visible());
    model.addAttribute("canOrganise", !changeableUnits().isEmpty());
    return "contest/list";
  }

  @GetMapping("/new")
  String newForm(Model model) {
    Map<String, String> typed = new java.util.HashMap<>();
    typed.put("scaleMin", "0");
    typed.put("scaleMax", "100");
    typed.put("entryKind", "PERSON");
    typed.put("round0Name", texts.get("contest.round.theory"));
    typed.put("round1Name", texts.get("contest.round.practice"));
    typed.put("prize0Name", texts.get("contest.prize.first"));
    typed.put("prize0Places", "1");
    typed.put("prize1Name", texts.get("contest.prize.second"));
    typed.put("prize1Places", "2");
    typed.put("prize2Name", texts.get("contest.prize.third"));
    typed.put("prize2Places", "3");
    return showForm(typed, null, model);
  }

  @PostMapping("/new")
  String organise(
      @RequestParam Map<String, String> params,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    Long unitId = number(params.get("unitId"));
    if (unitId != null) {
      units.requireChangeable(unitId);
    }
    try {
      List<NewContest.RoundPlan> rounds = new ArrayList<>();
      for (int i = 0; i < ROUND_ROWS; i++) {
        String name = params.getOrDefault("round" + i + "Name", "");
        String heldOn = params.getOrDefault("round" + i + "HeldOn", "");
        String weight = params.getOrDefault("round" + i + "Weight", "");
        if (!name.isBlank() || !heldOn.isBlank() || !weight.isBlank()) {
          rounds.add(
              new NewContest.RoundPlan(
                  name,
                  date(heldOn, "contest.round.heldOn"),
                  whole(weight, "contest.round.weightLabel")));
        }
      }
      List<NewContest.PrizePlan> prizes = new ArrayList<>();
      for (int i = 0; i < PRIZE_ROWS; i++) {
        String name = params.getOrDefault("prize" + i + "Name", "");
        String places = params.getOrDefault("prize" + i + "Places", "");
        if (!name.isBlank() || !places.isBlank()) {
          prizes.add(new NewContest.PrizePlan(name, whole(places, "contest.prize.placesLabel")));
        }
      }
      ContestView organised =
          contests.organise(
              new NewContest(
                  unitId,
                  params.get("name"),
                  params.get("trade"),
                  params.get("description"),
                  date(params.get("heldFrom"), "contest.heldFrom"),
                  date(params.get("heldTo"), "contest.heldTo"),
                  date(params.get("registrationClosesOn"), "contest.registrationClosesOn"),
                  entryKind(params.get("entryKind")),
                  decimal(params.get("scaleMin"), "contest.scaleMin"),
                  decimal(params.get("scaleMax"), "contest.scaleMax"),
                  rounds,
                  prizes));
      redirect.addFlashAttribute("notice", texts.get("contest.organised"));
      return "redirect:/contests/" + organised.id();
    } catch (DomainException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return showForm(params, texts.of(e), model);
    }
  }

  @GetMapping("/{contestId}")
  String show(@PathVariable long contestId, Model model) {
    return showContest(contests.get(contestId), model);
  }

  @PostMapping("/{contestId}/registrations")
  String register(
      @PathVariable long contestId,
      @RequestParam(required = false) Long unitId,
      @RequestParam(required = false) Long personId,
      @RequestParam(defaultValue = "") String teamName,
      @RequestParam(required = false) List<Long> memberIds,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    ContestView contest = contests.get(contestId);
    try {
      contests.register(contestId, new NewEntry(unitId, personId, teamName, memberIds, null));
    } catch (DomainException | OptimisticLockingFailureException e) {
      return refused(contest, "registerError", e, model, response);
    }
    redirect.addFlashAttribute("notice", texts.get("contest.registered"));
    return "redirect:/contests/" + contestId;
  }

  @PostMapping("/{contestId}/marks")
  String mark(
      @PathVariable long contestId,
      @RequestParam(required = false) Long roundId,
      @RequestParam(required = false) Long registrationId,
      @RequestParam(defaultValue = "") String points,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    ContestView contest = contests.get(contestId);
    try {
      if (roundId == null) {
        throw DomainException.invalid("error.invalid");
      }
      contests.mark(
          contestId, roundId, new Mark(registrationId, decimal(points, "contest.points")));
    } catch (DomainException | OptimisticLockingFailureException e) {
      return refused(contest, "markError", e, model, response);
    }
    redirect.addFlashAttribute("notice", texts.get("contest.marked"));
    return "redirect:/contests/" + contestId + "#marks";
  }

  @PostMapping("/{contestId}/finish")
  String finish(
      @PathVariable long contestId,
      @RequestParam(required = false) Integer version,
      @RequestParam(defaultValue = "") String finishedOn,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    ContestView contest = contests.get(contestId);
    try {
      contests.finish(contestId, version, date(finishedOn, "contest.finishedOn"));
    } catch (DomainException | OptimisticLockingFailureException e) {
      return refused(contest, "finishError", e, model, response);
    }
    redirect.addFlashAttribute("notice", texts.get("contest.finishedNotice"));
    return "redirect:/contests/" + contestId;
  }

  @GetMapping("/{contestId}/people")
  String peopleChoices(
      @PathVariable long contestId,
      @RequestParam(required = false) Long unitId,
      @RequestParam(defaultValue = "") String q,
      Model model) {
    contests.get(contestId);
    model.addAttribute(
        "people",
        unitId == null || q.isBlank()
            ? List.of()
            : people.search(new PersonSearch(unitId, q, false, 0, 10)).items());
    return "contest/show :: people";
  }

  private String showContest(ContestView contest, Model model) {
    model.addAttribute("contest", contest);
    model.addAttribute(
        "registeringUnits",
        contest.actions().canRegister() ? contests.registeringUnits(contest.id()) : List.of());
    return "contest/show";
  }

  private String refused(
      ContestView contest,
      String slot,
      RuntimeException e,
      Model model,
      HttpServletResponse response) {
    model.addAttribute(slot, texts.of(e));
    boolean conflict =
        e instanceof OptimisticLockingFailureException
            || (e instanceof DomainException d && d.kind() == DomainException.Kind.CONFLICT);
    response.setStatus(
        conflict ? HttpStatus.CONFLICT.value() : HttpStatus.UNPROCESSABLE_CONTENT.value());
    return showContest(contests.get(contest.id()), model);
  }

  private String showForm(Map<String, String> typed, String error, Model model) {
    model.addAttribute("typed", typed);
    model.addAttribute("error", error);
    model.addAttribute("organisers", changeableUnits());
    model.addAttribute("kinds", EntryKind.values());
    model.addAttribute("roundRows", ROUND_ROWS);
    model.addAttribute("prizeRows", PRIZE_ROWS);
    return "contest/new";
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
            () -> DomainException.invalid("contest.date.invalid", texts.get(labelKey), text));
  }

  private Integer whole(String text, String labelKey) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      throw DomainException.invalid("contest.number.invalid", texts.get(labelKey), text);
    }
  }

  private BigDecimal decimal(String text, String labelKey) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(text.strip().replace(',', '.'));
    } catch (NumberFormatException e) {
      throw DomainException.invalid("contest.number.invalid", texts.get(labelKey), text);
    }
  }

  private static EntryKind entryKind(String text) {
    try {
      return text == null || text.isBlank() ? null : EntryKind.valueOf(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Long number(String text) {
    try {
      return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
