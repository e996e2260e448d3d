package vn.thidua.people.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.people.FieldProblem;
import vn.thidua.people.Gender;
import vn.thidua.people.InvalidPerson;
import vn.thidua.people.PeopleRegistry;
import vn.thidua.people.PersonImports;
import vn.thidua.people.PersonSearch;
import vn.thidua.people.PersonView;
import vn.thidua.shared.excel.XlsxDownload;
import vn.thidua.shared.time.Dates;
import vn.thidua.shared.web.DomainException;

/** The pages of the registry: the list with live search, a person's record, export, template. */
@Controller
@RequestMapping("/people")
class PeoplePages {

  private final PeopleRegistry registry;
  private final PersonImports imports;
  private final OrgUnits units;
  private final UnitChoices choices;

  PeoplePages(PeopleRegistry registry, PersonImports imports, OrgUnits units, UnitChoices choices) {
    this.registry = registry;
    this.imports = imports;
    this.units = units;
    this.choices = choices;
  }

  @GetMapping
  String list(
      @RequestParam(required = false) Long unitId,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "false") boolean includeLeft,
      @RequestParam(defaultValue = "0") int page,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      @RequestHeader(value = "HX-History-Restore-Request", required = false) String restore,
      Model model) {
    PersonSearch search = new PersonSearch(unitId, q, includeLeft, page, PersonSearch.DEFAULT_SIZE);
    model.addAttribute("search", search);
    model.addAttribute("result", registry.search(search));
    model.addAttribute("today", LocalDate.now(Dates.VIETNAM));
    if (htmx != null && restore == null) {
      return "people/list :: results";
    }
    model.addAttribute("unitChoices", choices.visible(unitId));
    model.addAttribute("canAdd", choices.canChangeAny());
    return "people/list";
  }

  @GetMapping("/new")
  String newPerson(@RequestParam(required = false) Long unitId, Model model) {
    PersonForm form = new PersonForm();
    form.setUnitId(unitId);
    return showNew(form, model);
  }

  @PostMapping("/new")
  String create(
      @ModelAttribute("personForm") PersonForm form,
      BindingResult binding,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    if (binding.hasErrors()) {
      return refuse(response, HttpStatus.UNPROCESSABLE_CONTENT, showNew(form, model));
    }
    try {
      PersonView created = registry.create(form.toNewPerson());
      redirect.addFlashAttribute("notice", "people.edit.created");
      return "redirect:/people/" + created.id();
    } catch (InvalidPerson e) {
      reject(binding, e);
      return refuse(response, HttpStatus.UNPROCESSABLE_CONTENT, showNew(form, model));
    }
  }

  @GetMapping("/{personId:\\d+}")
  String show(@PathVariable long personId, Model model) {
    PersonView person = registry.get(personId);
    return showPerson(person, PersonForm.of(person), model);
  }

  @PostMapping("/{personId:\\d+}")
  String update(
      @PathVariable long personId,
      @ModelAttribute("personForm") PersonForm form,
      BindingResult binding,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    PersonView person = registry.get(personId);
    if (binding.hasErrors()) {
      return refuse(response, HttpStatus.UNPROCESSABLE_CONTENT, showPerson(person, form, model));
    }
    try {
      registry.update(personId, form.toChanges());
      redirect.addFlashAttribute("notice", "people.edit.saved");
      return "redirect:/people/" + personId;
    } catch (InvalidPerson e) {
      reject(binding, e);
      return refuse(response, HttpStatus.UNPROCESSABLE_CONTENT, showPerson(person, form, model));
    } catch (OptimisticLockingFailureException e) {
      return conflict(person, form, model, response);
    } catch (DomainException e) {
      if (e.kind() != DomainException.Kind.CONFLICT) {
        throw e;
      }
      return conflict(person, form, model, response);
    }
  }

  @PostMapping("/{personId:\\d+}/delete")
  String delete(
      @PathVariable long personId, @RequestParam int version, RedirectAttributes redirect) {
    PersonView person = registry.get(personId);
    registry.delete(personId, version);
    redirect.addFlashAttribute("notice", "people.list.deleted");
    return "redirect:/people?unitId=" + person.unitId();
  }

  @GetMapping("/export.xlsx")
  void export(
      @RequestParam(required = false) Long unitId,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "false") boolean includeLeft,
      HttpServletResponse response)
      throws IOException {
    PersonSearch search = new PersonSearch(unitId, q, includeLeft, 0, PersonSearch.DEFAULT_SIZE);
    XlsxDownload.send(response, "nguoi-lao-dong.xlsx", out -> registry.export(search, out));
  }

  @GetMapping("/template.xlsx")
  void template(HttpServletResponse response) throws IOException {
    XlsxDownload.send(response, "mau-nhap-nguoi-lao-dong.xlsx", imports::writeTemplate);
  }

  private String showNew(PersonForm form, Model model) {
    model.addAttribute("genders", Gender.values());
    model.addAttribute("personForm", form);
    model.addAttribute("canChange", true);
    model.addAttribute("unitChoices", choices.changeable(form.getUnitId()));
    return "people/form";
  }

  private String showPerson(PersonView person, PersonForm form, Model model) {
    boolean canChange = units.canChange(person.unitId());
    model.addAttribute("genders", Gender.values());
    model.addAttribute("person", person);
    model.addAttribute("createdOn", LocalDate.ofInstant(person.createdAt(), Dates.VIETNAM));
    model.addAttribute("personForm", form);
    model.addAttribute("canChange", canChange);
    model.addAttribute(
        "unitChoices",
        canChange ? choices.changeable(person.unitId()) : choices.visible(person.unitId()));
    return "people/form";
  }

  private String conflict(
      PersonView person, PersonForm form, Model model, HttpServletResponse response) {
    model.addAttribute("conflict", true);
    return refuse(response, HttpStatus.CONFLICT, showPerson(person, form, model));
  }

  private static void reject(BindingResult binding, InvalidPerson e) {
    for (FieldProblem problem : e.problems()) {
      binding.rejectValue(problem.field(), problem.messageKey(), problem.argsArray(), null);
    }
  }

  private static String refuse(HttpServletResponse response, HttpStatus status, String view) {
    response.setStatus(status.value());
    return view;
  }
}
