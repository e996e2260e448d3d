package vn.thidua.honours.web;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.honours.HonourCatalogue;
import vn.thidua.honours.HonourKind;
import vn.thidua.honours.HonourView;
import vn.thidua.honours.Recipient;
import vn.thidua.honours.RuleBook;
import vn.thidua.honours.Scope;
import vn.thidua.organisation.Catalogue;
import vn.thidua.shared.web.DomainException;
import vn.thidua.shared.web.Texts;

/** The catalogue of titles and award forms: everyone reads it, a national administrator edits. */
@Controller
@RequestMapping("/honours")
class HonourPages {

  private final HonourCatalogue catalogue;
  private final RuleBook rules;
  private final Catalogue levels;
  private final Texts texts;

  HonourPages(HonourCatalogue catalogue, RuleBook rules, Catalogue levels, Texts texts) {
    this.catalogue = catalogue;
    this.rules = rules;
    this.levels = levels;
    this.texts = texts;
  }

  @GetMapping
  String list(Model model) {
    List<HonourView> all = catalogue.all();
    model.addAttribute("titles", all.stream().filter(h -> h.kind() == HonourKind.TITLE).toList());
    model.addAttribute("awards", all.stream().filter(h -> h.kind() == HonourKind.AWARD).toList());
    model.addAttribute("canEdit", catalogue.canEdit());
    model.addAttribute("levelNames", levelNames());
    model.addAttribute("allRecipients", Recipient.values());
    return "honours/list";
  }

  @GetMapping("/{honourCode}")
  String show(@PathVariable String honourCode, Model model) {
    model.addAttribute("honour", catalogue.get(honourCode));
    model.addAttribute(
        "rules",
        rules.rulesOf(honourCode).stream()
            .map(
                rule ->
                    new RuleApi.RuleLine(
                        rule, texts.get(rule.text().messageKey(), rule.text().argArray())))
            .toList());
    model.addAttribute("canEdit", catalogue.canEdit());
    model.addAttribute("levelNames", levelNames());
    model.addAttribute("allRecipients", Recipient.values());
    return "honours/show";
  }

  @GetMapping("/new")
  String newForm(@RequestParam(defaultValue = "TITLE") HonourKind kind, Model model) {
    requireEditor();
    Map<String, String> typed = new HashMap<>();
    typed.put("kind", kind.name());
    typed.put("scope", Scope.COMPREHENSIVE.name());
    typed.put("recipient" + Recipient.INDIVIDUAL.name(), "true");
    typed.put("grade0Level", "GRASSROOTS");
    typed.put("active", "true");
    return showForm(null, typed, null, model);
  }

  @PostMapping("/new")
  String create(
      @RequestParam Map<String, String> params,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    requireEditor();
    try {
      HonourView created = catalogue.create(HonourFormParams.read(params));
      redirect.addFlashAttribute("notice", texts.get("common.saved"));
      return "redirect:/honours/" + created.code();
    } catch (DomainException | OptimisticLockingFailureException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return showForm(null, params, texts.of(e), model);
    }
  }

  @GetMapping("/{honourCode}/edit")
  String editForm(@PathVariable String honourCode, Model model) {
    requireEditor();
    HonourView honour = catalogue.get(honourCode);
    return showForm(honour, HonourFormParams.of(honour), null, model);
  }

  @PostMapping("/{honourCode}/edit")
  String update(
      @PathVariable String honourCode,
      @RequestParam Map<String, String> params,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    requireEditor();
    HonourView honour = catalogue.get(honourCode);
    try {
      catalogue.update(honourCode, HonourFormParams.read(params));
      redirect.addFlashAttribute("notice", texts.get("common.saved"));
      return "redirect:/honours/" + honourCode;
    } catch (DomainException | OptimisticLockingFailureException e) {
      response.setStatus(
          e instanceof OptimisticLockingFailureException
              ? HttpStatus.CONFLICT.value()
              : HttpStatus.UNPROCESSABLE_CONTENT.value());
      return showForm(honour, params, texts.of(e), model);
    }
  }

  private String showForm(HonourView honour, Map<String, String> typed, String error, Model model) {
    model.addAttribute("honour", honour);
    model.addAttribute("typed", typed);
    model.addAttribute("error", error);
    model.addAttribute("kinds", HonourKind.values());
    model.addAttribute("scopes", Scope.values());
    model.addAttribute("recipients", Recipient.values());
    model.addAttribute("levels", levels.levels());
    model.addAttribute("gradeRows", HonourFormParams.GRADE_ROWS);
    return "honours/form";
  }

  private void requireEditor() {
    if (!catalogue.canEdit()) {
      throw DomainException.forbidden("honours.nationalAdminOnly");
    }
  }

  private Map<String, String> levelNames() {
    Map<String, String> names = new HashMap<>();
    levels.levels().forEach(level -> names.put(level.code(), level.name()));
    return names;
  }
}
