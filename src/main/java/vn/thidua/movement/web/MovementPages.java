package vn.thidua.movement.web;

import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.movement.Direction;
import vn.thidua.movement.Measure;
import vn.thidua.movement.MovementKind;
import vn.thidua.movement.MovementView;
import vn.thidua.movement.Movements;
import vn.thidua.movement.Registrations;
import vn.thidua.organisation.Catalogue;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Grant;
import vn.thidua.shared.time.Dates;
import vn.thidua.shared.web.DomainException;
import vn.thidua.shared.web.Texts;

/** Pages to list, draft, edit and launch movements. */
@Controller
class MovementPages {

  private final Movements movements;
  private final Registrations registrations;
  private final OrgUnits units;
  private final Catalogue catalogue;
  private final Texts texts;

  MovementPages(
      Movements movements,
      Registrations registrations,
      OrgUnits units,
      Catalogue catalogue,
      Texts texts) {
    this.movements = movements;
    this.registrations = registrations;
    this.units = units;
    this.catalogue = catalogue;
    this.texts = texts;
  }

  @ModelAttribute("kinds")
  MovementKind[] kinds() {
    return MovementKind.values();
  }

  @ModelAttribute("measures")
  Measure[] measures() {
    return Measure.values();
  }

  @ModelAttribute("directions")
  Direction[] directions() {
    return Direction.values();
  }

  @GetMapping("/movements")
  String list(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(defaultValue = "0") int page,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      Model model) {
    model.addAttribute("q", q);
    model.addAttribute("movements", movements.list(q, page, 20));
    model.addAttribute("canDraft", !organiserChoices().isEmpty());
    return htmx != null ? "movement/list :: results" : "movement/list";
  }

  @GetMapping("/movements/new")
  String newForm(@RequestParam(required = false) Long organiserId, Model model) {
    List<UnitSummary> choices = organiserChoices();
    if (organiserId == null && choices.size() == 1) {
      organiserId = choices.get(0).id();
    }
    if (organiserId == null) {
      model.addAttribute("organisers", choices);
      return "movement/organiser";
    }
    units.requireChangeable(organiserId);
    return form(MovementForm.blank(organiserId), null, model);
  }

  @PostMapping("/movements")
  String create(
      @ModelAttribute("form") MovementForm form,
      BindingResult binding,
      @RequestParam(defaultValue = "save") String action,
      Model model,
      HttpServletResponse response) {
    if (form.getOrganiserId() == null) {
      throw DomainException.invalid("movement.organiserRequired");
    }
    units.requireChangeable(form.getOrganiserId());
    if (form.rearrange(action)) {
      return form(form, null, model);
    }
    if (binding.hasErrors()) {
      return refused(form, null, unreadable(binding), model, response);
    }
    try {
      long id = movements.draft(form.toDraft());
      return "redirect:/movements/" + id + "?saved";
    } catch (DomainException | OptimisticLockingFailureException e) {
      return refused(form, null, e, model, response);
    }
  }

  @GetMapping("/movements/{movementId}")
  String show(
      @PathVariable long movementId, @RequestParam(required = false) String saved, Model model) {
    MovementView movement = movements.get(movementId);
    if (saved != null) {
      model.addAttribute("notice", texts.get("common.saved"));
    }
    return detail(movement, model);
  }

  @GetMapping("/movements/{movementId}/edit")
  String editForm(@PathVariable long movementId, Model model) {
    MovementView movement = manageableDraft(movementId);
    return form(MovementForm.of(movement.toDraft()), movement, model);
  }

  @PostMapping("/movements/{movementId}/edit")
  String edit(
      @PathVariable long movementId,
      @ModelAttribute("form") MovementForm form,
      BindingResult binding,
      @RequestParam(defaultValue = "save") String action,
      Model model,
      HttpServletResponse response) {
    MovementView movement = manageableDraft(movementId);
    form.setOrganiserId(movement.organiserId());
    if (form.rearrange(action)) {
      return form(form, movement, model);
    }
    if (binding.hasErrors()) {
      return refused(form, movement, unreadable(binding), model, response);
    }
    try {
      movements.edit(movementId, form.toDraft());
      return "redirect:/movements/" + movementId + "?saved";
    } catch (DomainException | OptimisticLockingFailureException e) {
      return refused(form, movement, e, model, response);
    }
  }

  @PostMapping("/movements/{movementId}/launch")
  String launch(
      @PathVariable long movementId,
      @RequestParam(required = false) Integer version,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    MovementView movement = manageable(movementId);
    try {
      movements.launch(movementId, version);
    } catch (DomainException | OptimisticLockingFailureException e) {
      model.addAttribute("error", texts.of(e));
      response.setStatus(FormStatus.of(e));
      return detail(movements.get(movementId), model);
    }
    redirect.addFlashAttribute("notice", texts.get("movement.launched", movement.name()));
    return "redirect:/movements/" + movementId;
  }

  @PostMapping("/movements/{movementId}/discard")
  String discard(
      @PathVariable long movementId,
      @RequestParam(required = false) Integer version,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    MovementView movement = manageable(movementId);
    try {
      movements.discard(movementId, version);
    } catch (DomainException | OptimisticLockingFailureException e) {
      model.addAttribute("error", texts.of(e));
      response.setStatus(FormStatus.of(e));
      return detail(movements.get(movementId), model);
    }
    redirect.addFlashAttribute("notice", texts.get("movement.discarded", movement.name()));
    return "redirect:/movements";
  }

  /** Units below the organiser, as checkboxes named {@code name}, for the unit choosers. */
  @GetMapping("/movements/candidates")
  String candidates(
      @RequestParam long organiserId,
      @RequestParam(defaultValue = "") String q,
      @RequestParam String name,
      Model model) {
    List<UnitSummary> candidates = movements.candidates(organiserId, q);
    if (!Set.of("unitIds", "pilotUnitIds").contains(name)) {
      throw DomainException.invalid("error.invalid");
    }
    model.addAttribute("name", name);
    model.addAttribute("candidates", candidates);
    return "movement/candidates :: candidates";
  }

  /** The movements section of a unit's page. */
  @GetMapping("/units/{unitId}/movements")
  String unitMovements(@PathVariable long unitId, Model model) {
    model.addAttribute("unitId", unitId);
    model.addAttribute("unitMovements", movements.forUnit(unitId));
    model.addAttribute("canDraft", organiserChoices().stream().anyMatch(u -> u.id() == unitId));
    return "movement/unit-movements :: section";
  }

  private String detail(MovementView movement, Model model) {
    model.addAttribute("movement", movement);
    model.addAttribute("today", Today.date());
    model.addAttribute(
        "launchedOn",
        movement.launchedAt() == null
            ? null
            : LocalDate.ofInstant(movement.launchedAt(), Dates.VIETNAM));
    model.addAttribute("canManage", movements.canManage(movement.id()));
    boolean organiserSide = units.canSee(movement.organiserId());
    model.addAttribute("organiserSide", organiserSide);
    model.addAttribute("sectorNames", sectorNames());
    model.addAttribute(
        "clusters",
        organiserSide && movement.startsOn() != null
            ? catalogue.clusters(movement.organiserId(), movement.startsOn().getYear())
            : List.of());
    List<Long> named = new ArrayList<>(movement.participation().unitIds());
    named.addAll(movement.pilotUnitIds());
    model.addAttribute("namedUnits", organiserSide ? unitNames(named) : Map.of());
    model.addAttribute(
        "participants",
        organiserSide && movement.launched() ? movements.participants(movement.id()) : List.of());
    model.addAttribute(
        "counts",
        organiserSide && movement.launched() ? registrations.board(movement.id()).counts() : null);
    model.addAttribute(
        "myParticipation",
        !organiserSide && movement.launched()
            ? registrations.visibleParticipants(movement.id())
            : List.of());
    return "movement/detail";
  }

  private String form(MovementForm form, MovementView movement, Model model) {
    UnitSummary organiser = units.requireChangeable(form.getOrganiserId());
    int year = form.getStartsOn() == null ? Today.date().getYear() : form.getStartsOn().getYear();
    model.addAttribute("form", form);
    model.addAttribute("movement", movement);
    model.addAttribute("organiser", organiser);
    model.addAttribute("sectors", catalogue.sectors());
    model.addAttribute("titleChoices", movements.titleChoices());
    model.addAttribute("clusterYear", String.valueOf(year));
    model.addAttribute("clusters", catalogue.clusters(organiser.id(), year));
    List<Long> named = new ArrayList<>(form.getUnitIds());
    named.addAll(form.getPilotUnitIds());
    model.addAttribute("namedUnits", unitNames(named));
    return "movement/form";
  }

  private String refused(
      MovementForm form,
      MovementView movement,
      RuntimeException e,
      Model model,
      HttpServletResponse response) {
    model.addAttribute("error", texts.of(e));
    response.setStatus(FormStatus.of(e));
    return form(form, movement, model);
  }

  private static DomainException unreadable(BindingResult binding) {
    return DomainException.invalid(
        "movement.unreadableField", binding.getFieldErrors().get(0).getRejectedValue());
  }

  private MovementView manageable(long movementId) {
    MovementView movement = movements.get(movementId);
    if (!movements.canManage(movementId)) {
      throw DomainException.forbidden("movement.organiserOnly");
    }
    return movement;
  }

  private MovementView manageableDraft(long movementId) {
    MovementView movement = manageable(movementId);
    if (movement.launched()) {
      throw DomainException.conflict("movement.launchedIsFinal", movement.name());
    }
    return movement;
  }

  /** The units the user is an officer of above grassroots: where they may launch a movement. */
  private List<UnitSummary> organiserChoices() {
    List<Long> grantUnits =
        CurrentUser.get().stream()
            .flatMap(user -> user.grants().stream())
            .filter(grant -> grant.role().canChange())
            .map(Grant::unitId)
            .distinct()
            .toList();
    return units.findAll(grantUnits).stream()
        .filter(unit -> !unit.grassroots() && unit.endedOn() == null)
        .toList();
  }

  private Map<Long, String> sectorNames() {
    boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
    Map<Long, String> names = new HashMap<>();
    catalogue.sectors().forEach(s -> names.put(s.id(), english ? s.nameEn() : s.name()));
    return names;
  }

  private Map<Long, String> unitNames(List<Long> ids) {
    Map<Long, String> names = new LinkedHashMap<>();
    units.findAll(ids).forEach(unit -> names.put(unit.id(), unit.name()));
    return names;
  }
}
