package vn.thidua.decision.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.decision.AwardeeDraft;
import vn.thidua.decision.DecisionFilter;
import vn.thidua.decision.DecisionKind;
import vn.thidua.decision.DecisionStatus;
import vn.thidua.decision.DecisionView;
import vn.thidua.decision.Decisions;
import vn.thidua.honours.Honours;
import vn.thidua.honours.Recipient;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.UnitReads;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.people.PeopleRegistry;
import vn.thidua.people.PersonSearch;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Grant;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.time.Dates;
import vn.thidua.shared.web.DomainException;
import vn.thidua.shared.web.Texts;

/**
 * The pages of decisions: the list of the user's units, the heading form of a draft, and the
 * decision's page where an officer adds awardees, issues it, or drafts a later decision revoking or
 * amending it.
 */
@Controller
@RequestMapping("/decisions")
class DecisionPages {

  private final Decisions decisions;
  private final Honours honours;
  private final OrgUnits units;
  private final UnitReads unitReads;
  private final PeopleRegistry people;
  private final Texts texts;

  DecisionPages(
      Decisions decisions,
      Honours honours,
      OrgUnits units,
      UnitReads unitReads,
      PeopleRegistry people,
      Texts texts) {
    this.decisions = decisions;
    this.honours = honours;
    this.units = units;
    this.unitReads = unitReads;
    this.people = people;
    this.texts = texts;
  }

  @GetMapping
  String list(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) DecisionStatus status,
      @RequestParam(required = false) Long unitId,
      @RequestParam(defaultValue = "0") int page,
      Model model) {
    model.addAttribute("year", year);
    model.addAttribute("status", status);
    model.addAttribute("unitId", unitId);
    model.addAttribute("statuses", DecisionStatus.values());
    model.addAttribute("units", ownUnits(false));
    model.addAttribute(
        "results", decisions.search(new DecisionFilter(year, status, unitId), page, 25));
    return "decision/list";
  }

  @GetMapping("/new")
  String newForm(
      @RequestParam(required = false) Long revises,
      @RequestParam(required = false) DecisionKind kind,
      Model model) {
    DecisionPageForm form = new DecisionPageForm();
    form.setYear(LocalDate.now().getYear());
    List<UnitSummary> own = ownUnits(true);
    if (own.size() == 1) {
      form.setIssuingUnitId(own.get(0).id());
    }
    if (revises != null) {
      DecisionView target = decisions.get(revises);
      form.setKind(kind == DecisionKind.AMEND ? DecisionKind.AMEND : DecisionKind.REVOKE);
      form.setTargetId(target.id());
      form.setIssuingUnitId(target.issuingUnitId());
      form.setYear(target.year());
      form.setSignerName(target.signerName());
      form.setSignerPosition(target.signerPosition());
      form.setSubject(
          texts.get(
              "decision.revision.subject." + form.getKind(), target.symbol(), target.subject()));
      model.addAttribute("target", target);
    }
    return showForm(form, null, model);
  }

  @PostMapping("/new")
  String create(
      @ModelAttribute("form") DecisionPageForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    if (form.getIssuingUnitId() != null) {
      units.requireVisible(form.getIssuingUnitId());
    }
    try {
      long id =
          form.getTargetId() == null
              ? decisions.draft(form.toDraft(List.of()))
              : decisions.draftRevision(
                  form.getTargetId(), form.getKind(), form.toDraft(List.of()));
      redirect.addFlashAttribute("notice", texts.get("decision.drafted"));
      return "redirect:/decisions/" + id;
    } catch (DomainException e) {
      if (form.getTargetId() != null) {
        model.addAttribute("target", decisions.get(form.getTargetId()));
      }
      return refuse(response, HttpStatus.UNPROCESSABLE_CONTENT, showForm(form, texts.of(e), model));
    }
  }

  @GetMapping("/{decisionId}")
  String show(@PathVariable long decisionId, Model model) {
    return showDecision(decisions.get(decisionId), model);
  }

  @GetMapping("/{decisionId}/edit")
  String editForm(@PathVariable long decisionId, Model model) {
    DecisionView decision = decisions.get(decisionId);
    units.requireChangeable(decision.issuingUnitId());
    model.addAttribute("decision", decision);
    return showForm(DecisionPageForm.of(decision), null, model);
  }

  @PostMapping("/{decisionId}/edit")
  String edit(
      @PathVariable long decisionId,
      @ModelAttribute("form") DecisionPageForm form,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    DecisionView decision = decisions.get(decisionId);
    units.requireChangeable(decision.issuingUnitId());
    model.addAttribute("decision", decision);
    form.setTargetId(decision.targetDecisionId());
    form.setKind(decision.kind());
    List<AwardeeDraft> lines =
        decision.awardees().stream()
            .map(
                line ->
                    new AwardeeDraft(
                        line.honourCode(),
                        line.grade(),
                        line.recipient(),
                        line.personId(),
                        line.collectiveUnitId(),
                        line.citation(),
                        line.nominationId()))
            .toList();
    try {
      decisions.update(
          decisionId, form.getVersion() == null ? -1 : form.getVersion(), form.toDraft(lines));
      redirect.addFlashAttribute("notice", texts.get("common.saved"));
      return "redirect:/decisions/" + decisionId;
    } catch (DomainException | OptimisticLockingFailureException e) {
      HttpStatus status =
          e instanceof DomainException ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.CONFLICT;
      return refuse(response, status, showForm(form, texts.of(e), model));
    }
  }

  @PostMapping("/{decisionId}/awardees")
  String addAwardee(
      @PathVariable long decisionId,
      @RequestParam int version,
      @RequestParam(defaultValue = "") String honour,
      @RequestParam(required = false) Recipient recipient,
      @RequestParam(required = false) Long personId,
      @RequestParam(required = false) Long collectiveUnitId,
      @RequestParam(defaultValue = "") String citation,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    DecisionView decision = decisions.get(decisionId);
    String[] codeAndGrade = honour.split(":");
    int grade = codeAndGrade.length > 1 ? parseGrade(codeAndGrade[1]) : 1;
    try {
      decisions.addAwardee(
          decisionId,
          version,
          new AwardeeDraft(
              codeAndGrade[0],
              grade,
              recipient,
              recipient == Recipient.INDIVIDUAL ? personId : null,
              recipient == Recipient.COLLECTIVE ? collectiveUnitId : null,
              citation,
              null));
    } catch (DomainException | OptimisticLockingFailureException e) {
      return actionRefused(decision, "awardeeError", e, model, response);
    }
    redirect.addFlashAttribute("notice", texts.get("decision.awardee.added"));
    return "redirect:/decisions/" + decisionId + "#awardees";
  }

  @PostMapping("/{decisionId}/awardees/{lineId}/remove")
  String removeAwardee(
      @PathVariable long decisionId,
      @PathVariable long lineId,
      @RequestParam int version,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    DecisionView decision = decisions.get(decisionId);
    try {
      decisions.removeAwardee(decisionId, version, lineId);
    } catch (DomainException | OptimisticLockingFailureException e) {
      return actionRefused(decision, "awardeeError", e, model, response);
    }
    redirect.addFlashAttribute("notice", texts.get("decision.awardee.removed"));
    return "redirect:/decisions/" + decisionId + "#awardees";
  }

  @PostMapping("/{decisionId}/issue")
  String issue(
      @PathVariable long decisionId,
      @RequestParam int version,
      @RequestParam(defaultValue = "") String signedOn,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    DecisionView decision = decisions.get(decisionId);
    try {
      LocalDate day =
          signedOn.isBlank()
              ? null
              : Dates.parse(signedOn)
                  .orElseThrow(
                      () -> DomainException.invalid("decision.signedOn.invalid", signedOn));
      DecisionView issued = decisions.issue(decisionId, version, day);
      redirect.addFlashAttribute("notice", texts.get("decision.issuedNotice", issued.symbol()));
    } catch (DomainException | OptimisticLockingFailureException e) {
      return actionRefused(decision, "issueError", e, model, response);
    }
    return "redirect:/decisions/" + decisionId;
  }

  @PostMapping("/{decisionId}/discard")
  String discard(
      @PathVariable long decisionId,
      @RequestParam int version,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    DecisionView decision = decisions.get(decisionId);
    try {
      decisions.discard(decisionId, version);
    } catch (DomainException | OptimisticLockingFailureException e) {
      return actionRefused(decision, "issueError", e, model, response);
    }
    redirect.addFlashAttribute("notice", texts.get("decision.discarded"));
    return "redirect:/decisions";
  }

  /** People and collectives of the issuing unit's subtree whose names match, for the picker. */
  @GetMapping("/{decisionId}/candidates")
  String candidates(
      @PathVariable long decisionId,
      @RequestParam(defaultValue = "") String q,
      @RequestParam(defaultValue = "INDIVIDUAL") Recipient recipient,
      Model model) {
    DecisionView decision = decisions.get(decisionId);
    units.requireChangeable(decision.issuingUnitId());
    model.addAttribute("recipient", recipient);
    if (recipient == Recipient.INDIVIDUAL) {
      model.addAttribute(
          "people",
          q.isBlank()
              ? List.of()
              : people.search(new PersonSearch(decision.issuingUnitId(), q, false, 0, 15)).items());
      model.addAttribute("collectives", List.of());
    } else {
      model.addAttribute("people", List.of());
      model.addAttribute(
          "collectives",
          q.isBlank()
              ? List.of()
              : unitReads.search(q, 0, 50).items().stream()
                  .filter(unit -> units.isWithin(unit.id(), decision.issuingUnitId()))
                  .limit(15)
                  .toList());
    }
    return "decision/detail :: candidates";
  }

  private String showDecision(DecisionView decision, Model model) {
    model.addAttribute("decision", decision);
    boolean changeable = units.canChange(decision.issuingUnitId());
    model.addAttribute("changeable", changeable);
    if (decision.draft() && changeable) {
      model.addAttribute("honours", honours.catalogue());
      model.addAttribute("today", Dates.format(LocalDate.now()));
    }
    return "decision/detail";
  }

  private String showForm(DecisionPageForm form, String error, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("error", error);
    List<UnitSummary> choices = ownUnits(true);
    Long chosen = form.getIssuingUnitId();
    if (chosen != null && choices.stream().noneMatch(unit -> unit.id() == chosen)) {
      units.find(chosen).filter(unit -> units.canChange(unit.id())).ifPresent(choices::add);
    }
    model.addAttribute("units", choices);
    return "decision/form";
  }

  private String actionRefused(
      DecisionView decision,
      String slot,
      RuntimeException e,
      Model model,
      HttpServletResponse response) {
    model.addAttribute(slot, texts.of(e));
    HttpStatus status =
        e instanceof OptimisticLockingFailureException
            ? HttpStatus.CONFLICT
            : HttpStatus.UNPROCESSABLE_CONTENT;
    return refuse(response, status, showDecision(decisions.get(decision.id()), model));
  }

  /** The units of the user's grants (as officer or administrator when {@code changing}). */
  private List<UnitSummary> ownUnits(boolean changing) {
    List<UnitSummary> own = new ArrayList<>();
    for (Grant grant : CurrentUser.get().map(user -> user.grants()).orElse(List.of())) {
      boolean officer = grant.role() == Role.OFFICER || grant.role() == Role.ADMIN;
      if ((!changing || officer) && own.stream().noneMatch(u -> u.id() == grant.unitId())) {
        units.find(grant.unitId()).ifPresent(own::add);
      }
    }
    return own;
  }

  private static int parseGrade(String text) {
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static String refuse(HttpServletResponse response, HttpStatus status, String view) {
    response.setStatus(status.value());
    return view;
  }
}
