package vn.thidua.initiative.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.core.io.InputStreamResource;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.attachment.AttachmentDownload;
import vn.thidua.attachment.AttachmentRef;
import vn.thidua.attachment.Upload;
import vn.thidua.initiative.CouncilScore;
import vn.thidua.initiative.Decision;
import vn.thidua.initiative.InitiativeAttachments;
import vn.thidua.initiative.InitiativeField;
import vn.thidua.initiative.InitiativeSearch;
import vn.thidua.initiative.InitiativeStatus;
import vn.thidua.initiative.InitiativeView;
import vn.thidua.initiative.Initiatives;
import vn.thidua.initiative.PossibleDuplicate;
import vn.thidua.initiative.Programmes;
import vn.thidua.initiative.Proposal;
import vn.thidua.initiative.RecognitionLevel;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.UnitReads;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.people.PeopleRegistry;
import vn.thidua.people.PersonSearch;
import vn.thidua.people.PersonView;
import vn.thidua.shared.time.Dates;
import vn.thidua.shared.web.DomainException;
import vn.thidua.shared.web.Paged;
import vn.thidua.shared.web.Texts;

/**
 * The pages of the registry: the list with live search, the entry form (also a worker's own), an
 * initiative's page with its history, and the forms of its review: proposal, council sheet and
 * decision.
 */
@Controller
@RequestMapping("/initiatives")
class InitiativePages {

  private final Initiatives initiatives;
  private final InitiativeAttachments files;
  private final OrgUnits units;
  private final UnitReads unitReads;
  private final PeopleRegistry people;
  private final Programmes programmes;
  private final Texts texts;

  InitiativePages(
      Initiatives initiatives,
      InitiativeAttachments files,
      OrgUnits units,
      UnitReads unitReads,
      PeopleRegistry people,
      Programmes programmes,
      Texts texts) {
    this.initiatives = initiatives;
    this.files = files;
    this.units = units;
    this.unitReads = unitReads;
    this.people = people;
    this.programmes = programmes;
    this.texts = texts;
  }

  @GetMapping
  String list(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(required = false) Long unitId,
      @RequestParam(required = false) InitiativeStatus status,
      @RequestParam(defaultValue = "0") int page,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore,
      Model model) {
    model.addAttribute("q", q);
    model.addAttribute("unitId", unitId);
    model.addAttribute("status", status);
    model.addAttribute("unit", unitId == null ? null : units.requireVisible(unitId));
    model.addAttribute(
        "results",
        initiatives.search(new InitiativeSearch(q, unitId, null, status, null, page, 20)));
    model.addAttribute("statuses", InitiativeStatus.values());
    return htmx != null && restore == null ? "initiative/list :: results" : "initiative/list";
  }

  @GetMapping("/mine")
  String mine(@RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute("results", initiatives.mine(page, 20));
    return "initiative/mine";
  }

  @GetMapping("/new")
  String newForm(@RequestParam(required = false) Long unitId, Model model) {
    InitiativePageForm form = new InitiativePageForm();
    List<UnitSummary> own = initiatives.submittableUnits();
    if (unitId != null) {
      units.requireVisible(unitId);
      form.setUnitId(unitId);
    } else if (own.size() == 1) {
      form.setUnitId(own.get(0).id());
    }
    form.setSubmittedOn(Dates.format(LocalDate.now(Dates.VIETNAM)));
    return showForm(form, null, model);
  }

  @PostMapping("/new")
  String submit(
      @ModelAttribute("form") InitiativePageForm form,
      @RequestParam(required = false) List<Long> authorIds,
      @RequestParam Map<String, String> params,
      @RequestParam(name = "files", required = false) List<MultipartFile> uploads,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    form.readAuthors(authorIds, params);
    if (form.getUnitId() != null) {
      units.requireVisible(form.getUnitId());
    }
    try {
      InitiativeView saved = files.submitWith(command(form), Upload.chosen(uploads));
      redirect.addFlashAttribute("notice", texts.get("initiative.saved"));
      return "redirect:/initiatives/" + saved.id();
    } catch (PossibleDuplicate e) {
      model.addAttribute("similar", e.similar());
      return refuse(response, HttpStatus.CONFLICT, showForm(form, texts.of(e), model));
    } catch (DomainException e) {
      return refuse(response, HttpStatus.UNPROCESSABLE_CONTENT, showForm(form, texts.of(e), model));
    }
  }

  @GetMapping("/{initiativeId}")
  String show(@PathVariable long initiativeId, Model model) {
    return showInitiative(initiatives.get(initiativeId), model);
  }

  @GetMapping("/{initiativeId}/edit")
  String editForm(@PathVariable long initiativeId, Model model) {
    InitiativeView initiative = initiatives.get(initiativeId);
    units.requireChangeable(initiative.unitId());
    model.addAttribute("initiative", initiative);
    return showForm(InitiativePageForm.of(initiative), null, model);
  }

  @PostMapping("/{initiativeId}/edit")
  String edit(
      @PathVariable long initiativeId,
      @ModelAttribute("form") InitiativePageForm form,
      @RequestParam(required = false) List<Long> authorIds,
      @RequestParam Map<String, String> params,
      @RequestParam(name = "files", required = false) List<MultipartFile> uploads,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    InitiativeView initiative = initiatives.get(initiativeId);
    units.requireChangeable(initiative.unitId());
    form.readAuthors(authorIds, params);
    form.setUnitId(initiative.unitId());
    model.addAttribute("initiative", initiative);
    try {
      files.changeWith(initiativeId, command(form), Upload.chosen(uploads));
      redirect.addFlashAttribute("notice", texts.get("common.saved"));
      return "redirect:/initiatives/" + initiativeId;
    } catch (PossibleDuplicate e) {
      model.addAttribute("similar", e.similar());
      return refuse(response, HttpStatus.CONFLICT, showForm(form, texts.of(e), model));
    } catch (OptimisticLockingFailureException e) {
      return refuse(response, HttpStatus.CONFLICT, showForm(form, texts.of(e), model));
    } catch (DomainException e) {
      return refuse(response, HttpStatus.UNPROCESSABLE_CONTENT, showForm(form, texts.of(e), model));
    }
  }

  @PostMapping(
      value = "/{initiativeId}/attachments",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  String attach(
      @PathVariable long initiativeId,
      @RequestParam(required = false) MultipartFile file,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    InitiativeView initiative = initiatives.get(initiativeId);
    try {
      AttachmentRef ref =
          files.attach(initiativeId, file == null ? new Upload(null, null, null) : Upload.of(file));
      redirect.addFlashAttribute("notice", texts.get("attachment.uploaded", ref.fileName()));
    } catch (DomainException e) {
      return actionRefused(initiative, "attachmentError", e, model, response);
    }
    return "redirect:/initiatives/" + initiativeId;
  }

  @GetMapping("/{initiativeId}/attachments/{attachmentId}")
  ResponseEntity<InputStreamResource> download(
      @PathVariable long initiativeId, @PathVariable long attachmentId) {
    return AttachmentDownload.of(files.open(initiativeId, attachmentId));
  }

  @PostMapping("/{initiativeId}/attachments/{attachmentId}/delete")
  String removeAttachment(
      @PathVariable long initiativeId,
      @PathVariable long attachmentId,
      RedirectAttributes redirect) {
    String name =
        files.files(initiativeId).files().stream()
            .filter(ref -> ref.id() == attachmentId)
            .map(AttachmentRef::fileName)
            .findFirst()
            .orElse("");
    files.remove(initiativeId, attachmentId);
    redirect.addFlashAttribute("notice", texts.get("attachment.deleted", name));
    return "redirect:/initiatives/" + initiativeId;
  }

  @PostMapping("/{initiativeId}/propose")
  String propose(
      @PathVariable long initiativeId,
      @RequestParam(required = false) RecognitionLevel level,
      @RequestParam(defaultValue = "") String proposedOn,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    InitiativeView initiative = initiatives.get(initiativeId);
    try {
      initiatives.propose(
          initiativeId, new Proposal(level, date(proposedOn, "initiative.proposedOn")));
    } catch (DomainException | OptimisticLockingFailureException e) {
      return actionRefused(initiative, "proposeError", e, model, response);
    }
    redirect.addFlashAttribute("notice", texts.get("initiative.proposed"));
    return "redirect:/initiatives/" + initiativeId;
  }

  @PostMapping("/{initiativeId}/score")
  String score(
      @PathVariable long initiativeId,
      @RequestParam(required = false) RecognitionLevel level,
      @RequestParam(required = false) List<String> points,
      @RequestParam(required = false) Boolean approve,
      @RequestParam(defaultValue = "") String comment,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    InitiativeView initiative = initiatives.get(initiativeId);
    try {
      initiatives.score(
          initiativeId, required(level), new CouncilScore(numbers(points), approve, comment));
    } catch (DomainException | OptimisticLockingFailureException e) {
      model.addAttribute("typedPoints", points);
      model.addAttribute("typedComment", comment);
      return actionRefused(initiative, "scoreError", e, model, response);
    }
    redirect.addFlashAttribute("notice", texts.get("initiative.scored"));
    return "redirect:/initiatives/" + initiativeId;
  }

  @PostMapping("/{initiativeId}/decide")
  String decide(
      @PathVariable long initiativeId,
      @RequestParam(required = false) RecognitionLevel level,
      @RequestParam(required = false) Boolean recognised,
      @RequestParam(defaultValue = "") String reason,
      @RequestParam(defaultValue = "") String decidedOn,
      @RequestParam(defaultValue = "") String decisionNumber,
      @RequestParam(defaultValue = "") String minutes,
      @RequestParam(required = false) Integer version,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    InitiativeView initiative = initiatives.get(initiativeId);
    try {
      initiatives.decide(
          initiativeId,
          required(level),
          new Decision(
              recognised,
              reason,
              date(decidedOn, "initiative.decidedOn"),
              decisionNumber,
              minutes,
              version));
    } catch (DomainException | OptimisticLockingFailureException e) {
      model.addAttribute(
          "typedDecision",
          Map.of(
              "reason",
              reason,
              "decidedOn",
              decidedOn,
              "decisionNumber",
              decisionNumber,
              "minutes",
              minutes));
      return actionRefused(initiative, "decideError", e, model, response);
    }
    redirect.addFlashAttribute("notice", texts.get("initiative.decided"));
    return "redirect:/initiatives/" + initiativeId;
  }

  @GetMapping("/authors")
  String authorChoices(@RequestParam(defaultValue = "") String q, Model model) {
    model.addAttribute(
        "people",
        q.isBlank() ? List.of() : people.search(new PersonSearch(null, q, false, 0, 10)).items());
    return "initiative/form :: people";
  }

  @GetMapping("/author-row")
  String authorRow(@RequestParam long personId, Model model) {
    PersonView person = people.get(personId);
    model.addAttribute("line", new AuthorLine(person.id(), person.fullName(), "", ""));
    return "initiative/form :: authorRow";
  }

  @GetMapping("/similar")
  String similar(
      @RequestParam(required = false) Long unitId,
      @RequestParam(defaultValue = "") String title,
      @RequestParam(required = false) Long exceptId,
      Model model) {
    model.addAttribute(
        "similar", unitId == null ? List.of() : initiatives.similar(unitId, title, exceptId));
    return "initiative/form :: similar";
  }

  @GetMapping("/units")
  String unitChoices(@RequestParam(defaultValue = "") String q, Model model) {
    Paged<UnitSummary> found =
        q.isBlank() ? new Paged<>(List.of(), 0, 20, 0) : unitReads.search(q, 0, 20);
    model.addAttribute(
        "unitChoices",
        found.items().stream()
            .filter(UnitSummary::grassroots)
            .filter(unit -> unit.endedOn() == null)
            .filter(unit -> units.canChange(unit.id()))
            .toList());
    return "initiative/form :: units";
  }

  private String showForm(InitiativePageForm form, String error, Model model) {
    model.addAttribute("form", form);
    model.addAttribute("error", error);
    model.addAttribute("fields", InitiativeField.values());
    List<UnitSummary> own = initiatives.submittableUnits();
    model.addAttribute("ownUnits", own);
    UnitSummary chosen =
        form.getUnitId() == null ? null : units.find(form.getUnitId()).orElse(null);
    model.addAttribute("chosenUnit", chosen);
    model.addAttribute("mayBackdate", chosen != null && units.canChange(chosen.id()));
    LocalDate day = Dates.parse(form.getSubmittedOn()).orElse(LocalDate.now(Dates.VIETNAM));
    model.addAttribute(
        "programmes", chosen == null ? List.of() : programmes.openFor(chosen.id(), day));
    return "initiative/form";
  }

  private String showInitiative(InitiativeView initiative, Model model) {
    model.addAttribute("initiative", initiative);
    model.addAttribute("files", files.files(initiative.id()));
    model.addAttribute("today", Dates.format(LocalDate.now(Dates.VIETNAM)));
    return "initiative/detail";
  }

  private String actionRefused(
      InitiativeView initiative,
      String slot,
      RuntimeException e,
      Model model,
      HttpServletResponse response) {
    String message = texts.of(e);
    model.addAttribute(slot, message);
    HttpStatus status =
        e instanceof OptimisticLockingFailureException
                || (e instanceof DomainException d && d.kind() == DomainException.Kind.CONFLICT)
            ? HttpStatus.CONFLICT
            : HttpStatus.UNPROCESSABLE_CONTENT;
    return refuse(response, status, showInitiative(initiatives.get(initiative.id()), model));
  }

  private vn.thidua.initiative.InitiativeForm command(InitiativePageForm form) {
    return form.toCommand(texts.get("initiative.appliedOn"), texts.get("initiative.submittedOn"));
  }

  private LocalDate date(String text, String labelKey) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return Dates.parse(text)
        .orElseThrow(
            () -> DomainException.invalid("initiative.date.invalid", texts.get(labelKey), text));
  }

  private static RecognitionLevel required(RecognitionLevel level) {
    if (level == null) {
      throw DomainException.invalid("error.invalid");
    }
    return level;
  }

  private static List<Integer> numbers(List<String> points) {
    List<Integer> numbers = new ArrayList<>();
    if (points == null) {
      return numbers;
    }
    for (String point : points) {
      try {
        numbers.add(point == null || point.isBlank() ? null : Integer.valueOf(point.strip()));
      } catch (NumberFormatException e) {
        numbers.add(-1);
      }
    }
    return numbers;
  }

  private static String refuse(HttpServletResponse response, HttpStatus status, String view) {
    response.setStatus(status.value());
    return view;
  }
}
