package vn.thidua.movement.web;

import jakarta.servlet.http.HttpServletResponse;
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
import vn.thidua.movement.AgreementScope;
import vn.thidua.movement.AgreementStatus;
import vn.thidua.movement.AgreementView;
import vn.thidua.movement.Agreements;
import vn.thidua.organisation.Catalogue;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.shared.web.DomainException;
import vn.thidua.shared.web.Texts;

/** A unit's agreements, the agreement form, the agreement with its signatures, and signing. */
@Controller
class AgreementPages {

  private final Agreements agreements;
  private final OrgUnits units;
  private final Catalogue catalogue;
  private final Texts texts;

  AgreementPages(Agreements agreements, OrgUnits units, Catalogue catalogue, Texts texts) {
    this.agreements = agreements;
    this.units = units;
    this.catalogue = catalogue;
    this.texts = texts;
  }

  @ModelAttribute("scopes")
  AgreementScope[] scopes() {
    return AgreementScope.values();
  }

  @GetMapping("/units/{unitId}/agreements")
  String forUnit(@PathVariable long unitId, Model model) {
    UnitSummary unit = units.requireVisible(unitId);
    model.addAttribute("unit", unit);
    model.addAttribute("agreements", agreements.forUnit(unitId));
    model.addAttribute("canDraft", !unit.grassroots() && units.canChange(unitId));
    return "movement/agreements";
  }

  @GetMapping("/agreements/new")
  String newForm(@RequestParam long organiserId, Model model) {
    units.requireChangeable(organiserId);
    return form(AgreementForm.blank(organiserId, Today.date().getYear()), null, model);
  }

  @PostMapping("/agreements")
  String create(
      @ModelAttribute("form") AgreementForm form,
      BindingResult binding,
      Model model,
      HttpServletResponse response) {
    if (form.getOrganiserId() == null) {
      throw DomainException.invalid("agreement.organiserRequired");
    }
    units.requireChangeable(form.getOrganiserId());
    try {
      requireReadable(binding);
      long id = agreements.draft(form.toDraft());
      return "redirect:/agreements/" + id + "?saved";
    } catch (DomainException | OptimisticLockingFailureException e) {
      return refused(form, null, e, model, response);
    }
  }

  @GetMapping("/agreements/{agreementId}")
  String show(
      @PathVariable long agreementId, @RequestParam(required = false) String saved, Model model) {
    if (saved != null) {
      model.addAttribute("notice", texts.get("common.saved"));
    }
    return detail(agreements.get(agreementId), model);
  }

  @GetMapping("/agreements/{agreementId}/edit")
  String editForm(@PathVariable long agreementId, Model model) {
    AgreementView agreement = manageableDraft(agreementId);
    return form(AgreementForm.of(agreement), agreement, model);
  }

  @PostMapping("/agreements/{agreementId}/edit")
  String edit(
      @PathVariable long agreementId,
      @ModelAttribute("form") AgreementForm form,
      BindingResult binding,
      Model model,
      HttpServletResponse response) {
    AgreementView agreement = manageableDraft(agreementId);
    form.setOrganiserId(agreement.organiserId());
    try {
      requireReadable(binding);
      agreements.edit(agreementId, form.toDraft());
      return "redirect:/agreements/" + agreementId + "?saved";
    } catch (DomainException | OptimisticLockingFailureException e) {
      return refused(form, agreement, e, model, response);
    }
  }

  @PostMapping("/agreements/{agreementId}/open")
  String open(
      @PathVariable long agreementId,
      @RequestParam(required = false) Integer version,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return step(agreementId, "open", version, model, response, redirect);
  }

  @PostMapping("/agreements/{agreementId}/close")
  String close(
      @PathVariable long agreementId,
      @RequestParam(required = false) Integer version,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return step(agreementId, "close", version, model, response, redirect);
  }

  @PostMapping("/agreements/{agreementId}/discard")
  String discard(
      @PathVariable long agreementId,
      @RequestParam(required = false) Integer version,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    return step(agreementId, "discard", version, model, response, redirect);
  }

  private String step(
      long agreementId,
      String step,
      Integer version,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    AgreementView agreement = agreements.get(agreementId);
    if (!agreements.canManage(agreementId)) {
      throw DomainException.forbidden("agreement.organiserOnly");
    }
    try {
      switch (step) {
        case "open" -> agreements.open(agreementId, version);
        case "close" -> agreements.close(agreementId, version);
        default -> agreements.discard(agreementId, version);
      }
    } catch (DomainException | OptimisticLockingFailureException e) {
      model.addAttribute("error", texts.of(e));
      response.setStatus(FormStatus.of(e));
      return detail(agreements.get(agreementId), model);
    }
    redirect.addFlashAttribute("notice", texts.get("agreement.done." + step, agreement.title()));
    return "discard".equals(step)
        ? "redirect:/units/" + agreement.organiserId() + "/agreements"
        : "redirect:/agreements/" + agreementId;
  }

  /** Asks the officer to confirm the signature, with the commitments in full. */
  @GetMapping("/agreements/{agreementId}/units/{unitId}/sign")
  String confirm(@PathVariable long agreementId, @PathVariable long unitId, Model model) {
    AgreementView agreement = agreements.get(agreementId);
    UnitSummary unit = units.requireVisible(unitId);
    if (agreement.members().stream().noneMatch(member -> member.unitId() == unitId)) {
      throw DomainException.notFound("agreement.notMember", unit.name());
    }
    units.requireChangeable(unitId);
    return confirmation(agreement, unit, null, null, model);
  }

  @PostMapping("/agreements/{agreementId}/units/{unitId}/sign")
  String sign(
      @PathVariable long agreementId,
      @PathVariable long unitId,
      @RequestParam(required = false) String signatory,
      @RequestParam(required = false) String note,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    AgreementView agreement = agreements.get(agreementId);
    UnitSummary unit = units.requireVisible(unitId);
    try {
      agreements.sign(agreementId, unitId, new Agreements.Signing(signatory, note));
    } catch (DomainException | OptimisticLockingFailureException e) {
      model.addAttribute("error", texts.of(e));
      response.setStatus(FormStatus.of(e));
      return confirmation(agreement, unit, signatory, note, model);
    }
    redirect.addFlashAttribute("notice", texts.get("agreement.signedNotice", unit.name()));
    return "redirect:/agreements/" + agreementId;
  }

  private String detail(AgreementView agreement, Model model) {
    model.addAttribute("agreement", agreement);
    model.addAttribute("canManage", agreements.canManage(agreement.id()));
    model.addAttribute("signable", agreements.signableBy(agreement.id()));
    model.addAttribute("organiserSide", units.canSee(agreement.organiserId()));
    model.addAttribute(
        "signedMembers",
        agreement.members().stream().filter(AgreementView.Member::signed).toList());
    model.addAttribute(
        "unsignedMembers", agreement.members().stream().filter(m -> !m.signed()).toList());
    return "movement/agreement";
  }

  private String confirmation(
      AgreementView agreement, UnitSummary unit, String signatory, String note, Model model) {
    model.addAttribute("agreement", agreement);
    model.addAttribute("unit", unit);
    model.addAttribute("signatory", signatory);
    model.addAttribute("note", note);
    model.addAttribute("signable", agreements.signableBy(agreement.id()).contains(unit.id()));
    return "movement/agreement-sign";
  }

  private String form(AgreementForm form, AgreementView agreement, Model model) {
    UnitSummary organiser = units.requireChangeable(form.getOrganiserId());
    int year = form.getYear() == null ? Today.date().getYear() : form.getYear();
    model.addAttribute("form", form);
    model.addAttribute("agreement", agreement);
    model.addAttribute("organiser", organiser);
    model.addAttribute("sectors", catalogue.sectors());
    model.addAttribute("clusters", catalogue.clusters(organiser.id(), year));
    model.addAttribute("clusterYear", String.valueOf(year));
    return "movement/agreement-form";
  }

  private String refused(
      AgreementForm form,
      AgreementView agreement,
      RuntimeException e,
      Model model,
      HttpServletResponse response) {
    model.addAttribute("error", texts.of(e));
    response.setStatus(FormStatus.of(e));
    return form(form, agreement, model);
  }

  private static void requireReadable(BindingResult binding) {
    if (binding.hasErrors()) {
      throw DomainException.invalid(
          "movement.unreadableField", binding.getFieldErrors().get(0).getRejectedValue());
    }
  }

  private AgreementView manageableDraft(long agreementId) {
    AgreementView agreement = agreements.get(agreementId);
    if (!agreements.canManage(agreementId)) {
      throw DomainException.forbidden("agreement.organiserOnly");
    }
    if (agreement.status() != AgreementStatus.DRAFT) {
      throw DomainException.conflict("agreement.openedIsFinal", agreement.title());
    }
    return agreement;
  }
}
