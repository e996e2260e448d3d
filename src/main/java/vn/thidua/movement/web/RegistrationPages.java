package vn.thidua.movement.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.movement.MovementView;
import vn.thidua.movement.Movements;
import vn.thidua.movement.RegistrationBoard;
import vn.thidua.movement.RegistrationDraft;
import vn.thidua.movement.RegistrationStatus;
import vn.thidua.movement.RegistrationView;
import vn.thidua.movement.Registrations;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.people.PeopleRegistry;
import vn.thidua.people.PersonSearch;
import vn.thidua.shared.web.DomainException;
import vn.thidua.shared.web.Texts;

/** The organiser's board of registrations, and a unit's registration page. */
@Controller
class RegistrationPages {

  private final Movements movements;
  private final Registrations registrations;
  private final OrgUnits units;
  private final PeopleRegistry people;
  private final Texts texts;

  RegistrationPages(
      Movements movements,
      Registrations registrations,
      OrgUnits units,
      PeopleRegistry people,
      Texts texts) {
    this.movements = movements;
    this.people = people;
    this.registrations = registrations;
    this.units = units;
    this.texts = texts;
  }

  @GetMapping("/movements/{movementId}/registrations")
  String board(
      @PathVariable long movementId,
      @RequestParam(required = false) RegistrationStatus status,
      @RequestParam(defaultValue = "false") boolean unregistered,
      Model model) {
    RegistrationBoard board = registrations.board(movementId);
    List<RegistrationBoard.Row> rows =
        board.rows().stream()
            .filter(row -> status == null || row.status() == status)
            .filter(
                row ->
                    !unregistered
                        || row.status() == null
                        || row.status() == RegistrationStatus.DRAFT)
            .toList();
    model.addAttribute("movement", movements.get(movementId));
    model.addAttribute("board", board);
    model.addAttribute("rows", rows);
    model.addAttribute("status", status);
    model.addAttribute("unregistered", unregistered);
    return "movement/board";
  }

  @GetMapping("/movements/{movementId}/units/{unitId}/registration")
  String show(
      @PathVariable long movementId,
      @PathVariable long unitId,
      @RequestParam(required = false) String saved,
      Model model) {
    MovementView movement = movements.get(movementId);
    UnitSummary unit = participant(movementId, unitId);
    Optional<RegistrationView> registration = registrations.find(movementId, unitId);
    RegistrationForm form =
        registration
            .map(r -> RegistrationForm.of(r.toDraft()))
            .orElseGet(
                () ->
                    RegistrationForm.of(
                        new RegistrationDraft(unitId, null, null, null, null, null)));
    if (saved != null) {
      model.addAttribute("notice", texts.get("common.saved"));
    }
    return page(movement, unit, registration.orElse(null), form, model);
  }

  @PostMapping("/movements/{movementId}/units/{unitId}/registration")
  String save(
      @PathVariable long movementId,
      @PathVariable long unitId,
      @ModelAttribute("form") RegistrationForm form,
      BindingResult binding,
      @RequestParam(defaultValue = "save") String action,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    MovementView movement = movements.get(movementId);
    UnitSummary unit = participant(movementId, unitId);
    units.requireChangeable(unitId);
    Optional<RegistrationView> existing = registrations.find(movementId, unitId);
    if (form.rearrange(action, personId -> people.get(personId).fullName())) {
      return page(movement, unit, existing.orElse(null), form, model);
    }
    try {
      if (binding.hasErrors()) {
        throw DomainException.invalid(
            "movement.unreadableField", binding.getFieldErrors().get(0).getRejectedValue());
      }
      long id;
      if (existing.isPresent()) {
        id = existing.get().id();
        registrations.edit(id, form.toDraft(unitId));
      } else {
        id = registrations.register(movementId, form.toDraft(unitId));
      }
      if ("submit".equals(action)) {
        registrations.submit(id, registrations.get(id).version());
        redirect.addFlashAttribute("notice", texts.get("registration.submitted"));
        return "redirect:/movements/" + movementId + "/units/" + unitId + "/registration";
      }
    } catch (DomainException | OptimisticLockingFailureException e) {
      model.addAttribute("error", texts.of(e));
      response.setStatus(FormStatus.of(e));
      Optional<RegistrationView> now = registrations.find(movementId, unitId);
      now.ifPresent(r -> form.setVersion(r.version()));
      return page(movement, unit, now.orElse(null), form, model);
    }
    return "redirect:/movements/" + movementId + "/units/" + unitId + "/registration?saved";
  }

  @PostMapping("/registrations/{registrationId}/review")
  String review(
      @PathVariable long registrationId,
      @RequestParam(defaultValue = "") String action,
      @RequestParam(required = false) String reason,
      @RequestParam(required = false) Integer version,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    RegistrationView registration = registrations.get(registrationId);
    if (!movements.canManage(registration.movementId())) {
      throw DomainException.forbidden("movement.organiserOnly");
    }
    try {
      switch (action) {
        case "approve" -> registrations.approve(registrationId, version);
        case "reject" -> registrations.reject(registrationId, reason, version);
        case "return" -> registrations.returnForChanges(registrationId, reason, version);
        default -> throw DomainException.invalid("error.invalid");
      }
    } catch (DomainException | OptimisticLockingFailureException e) {
      model.addAttribute("error", texts.of(e));
      model.addAttribute("reason", reason);
      response.setStatus(FormStatus.of(e));
      MovementView movement = movements.get(registration.movementId());
      RegistrationView now = registrations.get(registrationId);
      return page(
          movement, units.require(now.unitId()), now, RegistrationForm.of(now.toDraft()), model);
    }
    redirect.addFlashAttribute("notice", texts.get("registration.reviewed." + action));
    return "redirect:/movements/"
        + registration.movementId()
        + "/units/"
        + registration.unitId()
        + "/registration";
  }

  /** Workers of the unit whose name matches, as checkboxes to add to the registration. */
  @GetMapping("/movements/{movementId}/units/{unitId}/people")
  String findPeople(
      @PathVariable long movementId,
      @PathVariable long unitId,
      @RequestParam(defaultValue = "") String q,
      Model model) {
    participant(movementId, unitId);
    model.addAttribute(
        "found",
        q.isBlank() ? List.of() : people.search(PersonSearch.firstPage(unitId, q)).items());
    return "movement/people-choices :: choices";
  }

  /** The unit, when it takes part in the movement and the user sees it; otherwise 404. */
  private UnitSummary participant(long movementId, long unitId) {
    UnitSummary unit = units.requireVisible(unitId);
    boolean takesPart =
        registrations.visibleParticipants(movementId).stream()
            .anyMatch(row -> row.unitId() == unitId);
    if (!takesPart) {
      throw DomainException.notFound("registration.notParticipantHere", unit.name());
    }
    return unit;
  }

  private String page(
      MovementView movement,
      UnitSummary unit,
      RegistrationView registration,
      RegistrationForm form,
      Model model) {
    boolean canChange = units.canChange(unit.id());
    model.addAttribute("movement", movement);
    model.addAttribute("unit", unit);
    model.addAttribute("registration", registration);
    model.addAttribute("form", form);
    model.addAttribute(
        "editable",
        canChange
            && movement.launched()
            && (registration == null || registration.status().editable()));
    model.addAttribute(
        "canReview",
        registration != null
            && registration.status() == RegistrationStatus.SUBMITTED
            && movements.canManage(movement.id()));
    model.addAttribute("variantName", movement.nameFor(unit.sectorId()));
    return "movement/registration";
  }
}
