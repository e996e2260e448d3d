package vn.thidua.nomination.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.attachment.Upload;
import vn.thidua.nomination.DossierFiles;
import vn.thidua.nomination.Move;
import vn.thidua.nomination.NominationAction;
import vn.thidua.nomination.NominationForm;
import vn.thidua.nomination.NominationView;
import vn.thidua.nomination.Nominations;
import vn.thidua.nomination.NomineeKind;
import vn.thidua.nomination.RoundView;
import vn.thidua.nomination.Vote;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.UnitReads;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.people.PeopleRegistry;
import vn.thidua.people.PersonSearch;
import vn.thidua.shared.web.DomainException;
import vn.thidua.shared.web.Texts;

/**
 * A nomination's pages: the form that drafts one (with pickers of the proposing unit's people and
 * units), and its page with the dossier, the history, the votes and the actions the user may take.
 */
@Controller
class NominationPages {

  private final Nominations nominations;
  private final HonourChoices honours;
  private final DossierEvidence evidence;
  private final OrgUnits units;
  private final UnitReads unitReads;
  private final PeopleRegistry people;
  private final Texts texts;
  private final DossierFiles files;

  NominationPages(
      Nominations nominations,
      HonourChoices honours,
      DossierEvidence evidence,
      OrgUnits units,
      UnitReads unitReads,
      PeopleRegistry people,
      Texts texts,
      DossierFiles files) {
    this.nominations = nominations;
    this.honours = honours;
    this.evidence = evidence;
    this.units = units;
    this.unitReads = unitReads;
    this.people = people;
    this.texts = texts;
    this.files = files;
  }

  @GetMapping("/nominations/rounds/{nominationRoundId}/new")
  String newNomination(
      @PathVariable long nominationRoundId,
      @RequestParam(required = false) Long personId,
      Model model) {
    RoundView round = nominations.round(nominationRoundId);
    Map<String, String> typed = new HashMap<>();
    typed.put("recipient", NomineeKind.INDIVIDUAL.name());
    List<UnitSummary> proposers = proposingUnits(round);
    if (!proposers.isEmpty()) {
      typed.put("proposingUnitId", String.valueOf(proposers.get(0).id()));
    }
    if (personId != null) {
      typed.put("personId", String.valueOf(people.get(personId).id()));
    }
    return showForm(round, typed, null, model);
  }

  @PostMapping("/nominations/rounds/{nominationRoundId}/new")
  String nominate(
      @PathVariable long nominationRoundId,
      @RequestParam Map<String, String> typed,
      @RequestParam(name = "files", required = false) List<MultipartFile> uploads,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    RoundView round = nominations.round(nominationRoundId);
    Long proposer = RoundPages.number(typed.get("proposingUnitId"));
    if (proposer != null) {
      units.requireChangeable(proposer);
    }
    try {
      NominationView saved =
          files.nominateWith(form(round.id(), proposer, typed, null), Upload.chosen(uploads));
      redirect.addFlashAttribute("notice", texts.get("nomination.saved"));
      return "redirect:/nominations/" + saved.id();
    } catch (DomainException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return showForm(round, typed, texts.of(e), model);
    }
  }

  /** The people of the proposing unit's subtree whose names match, as radio choices. */
  @GetMapping("/nominations/people")
  String peopleChoices(
      @RequestParam long unitId, @RequestParam(defaultValue = "") String q, Model model) {
    units.requireVisible(unitId);
    model.addAttribute("people", people.search(new PersonSearch(unitId, q, false, 0, 20)).items());
    return "nomination/pickers :: people";
  }

  /** The units of the proposing unit's subtree whose names match, as radio choices. */
  @GetMapping("/nominations/collectives")
  String collectiveChoices(
      @RequestParam long unitId, @RequestParam(defaultValue = "") String q, Model model) {
    UnitSummary proposer = units.requireVisible(unitId);
    List<UnitSummary> found =
        unitReads.search(q, 0, 50).items().stream()
            .filter(unit -> units.isWithin(unit.id(), proposer.id()))
            .limit(20)
            .toList();
    model.addAttribute("collectives", found);
    return "nomination/pickers :: collectives";
  }

  @GetMapping("/nominations/{nominationId}")
  String show(@PathVariable long nominationId, Model model) {
    NominationView nomination = nominations.get(nominationId);
    return showNomination(nomination, null, model);
  }

  @PostMapping("/nominations/{nominationId}/act")
  String act(
      @PathVariable long nominationId,
      @RequestParam(required = false) NominationAction action,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) Integer version,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    NominationView nomination = nominations.get(nominationId);
    try {
      nominations.act(nominationId, new Move(action, reason, version));
    } catch (DomainException | OptimisticLockingFailureException e) {
      response.setStatus(
          e instanceof DomainException
              ? HttpStatus.UNPROCESSABLE_CONTENT.value()
              : HttpStatus.CONFLICT.value());
      return showNomination(nomination, texts.of(e), model);
    }
    redirect.addFlashAttribute("notice", texts.get("nomination.acted"));
    return "redirect:/nominations/" + nominationId;
  }

  @PostMapping("/nominations/{nominationId}/vote")
  String vote(
      @PathVariable long nominationId,
      @RequestParam(required = false) Vote vote,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    NominationView nomination = nominations.get(nominationId);
    try {
      nominations.vote(nominationId, vote);
    } catch (DomainException e) {
      if (e.refusesAccess()) {
        throw e;
      }
      response.setStatus(
          e.kind() == DomainException.Kind.CONFLICT
              ? HttpStatus.CONFLICT.value()
              : HttpStatus.UNPROCESSABLE_CONTENT.value());
      return showNomination(nomination, texts.of(e), model);
    }
    redirect.addFlashAttribute("notice", texts.get("nomination.voted"));
    return "redirect:/nominations/" + nominationId;
  }

  @PostMapping("/nominations/{nominationId}/escalate")
  String escalate(
      @PathVariable long nominationId,
      @RequestParam(required = false) Long roundId,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    NominationView nomination = nominations.get(nominationId);
    try {
      if (roundId == null) {
        throw DomainException.invalid("nomination.escalate.round", nomination.nomineeName());
      }
      NominationView upper = nominations.escalate(nominationId, roundId);
      redirect.addFlashAttribute("notice", texts.get("nomination.escalated"));
      return "redirect:/nominations/" + upper.id();
    } catch (DomainException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return showNomination(nomination, texts.of(e), model);
    }
  }

  private String showNomination(NominationView nomination, String error, Model model) {
    model.addAttribute("nomination", nomination);
    model.addAttribute("error", error);
    model.addAttribute("honourNames", honours.names());
    model.addAttribute("evidence", evidence.of(nomination));
    model.addAttribute("upperRounds", upperRounds(nomination));
    model.addAttribute("files", files.files(nomination.id()));
    return "nomination/detail";
  }

  /** The rounds of the reviewing unit's parent, into which an approved nomination is proposed. */
  private List<RoundView> upperRounds(NominationView nomination) {
    if (!nomination.actions().contains(NominationAction.ESCALATE)) {
      return List.of();
    }
    Long parent = units.find(nomination.reviewingUnitId()).map(UnitSummary::parentId).orElse(null);
    return nominations.rounds().stream()
        .filter(r -> parent != null && r.unitId() == parent)
        .toList();
  }

  private String showForm(RoundView round, Map<String, String> typed, String error, Model model) {
    model.addAttribute("round", round);
    model.addAttribute("typed", typed);
    model.addAttribute("error", error);
    model.addAttribute("proposers", proposingUnits(round));
    model.addAttribute("choices", honours.of(round.honours()));
    model.addAttribute("kinds", NomineeKind.values());
    return "nomination/form";
  }

  private List<UnitSummary> proposingUnits(RoundView round) {
    return ProposingUnits.of(units, round);
  }

  private static NominationForm form(
      long roundId, Long proposer, Map<String, String> typed, Integer version) {
    String recipient = typed.get("recipient");
    String honour = typed.getOrDefault("honour", "");
    String[] parts = honour.split("/");
    return new NominationForm(
        roundId,
        proposer,
        recipient == null || recipient.isBlank() ? null : NomineeKind.valueOf(recipient),
        RoundPages.number(typed.get("personId")),
        RoundPages.number(typed.get("collectiveUnitId")),
        parts[0],
        parts.length == 2 ? RoundPages.integer(parts[1]) : null,
        typed.get("achievements"),
        typed.get("declaredFacts"),
        typed.get("movementRanking"),
        version);
  }
}
