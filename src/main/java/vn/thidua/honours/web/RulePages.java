package vn.thidua.honours.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
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
import vn.thidua.honours.HonourRuleView;
import vn.thidua.honours.HonourView;
import vn.thidua.honours.Recipient;
import vn.thidua.honours.RuleBook;
import vn.thidua.honours.RuleForm;
import vn.thidua.honours.RuleKind;
import vn.thidua.honours.RuleParam;
import vn.thidua.honours.RuleSeverity;
import vn.thidua.shared.web.DomainException;
import vn.thidua.shared.web.Texts;

/** An honour's rule rows, added and edited by a national administrator with a form per kind. */
@Controller
@RequestMapping("/honours/{honourCode}/rules")
class RulePages {

  static final String PARAM = "p_";

  private final RuleBook rules;
  private final HonourCatalogue catalogue;
  private final Texts texts;

  RulePages(RuleBook rules, HonourCatalogue catalogue, Texts texts) {
    this.rules = rules;
    this.catalogue = catalogue;
    this.texts = texts;
  }

  @GetMapping("/new")
  String newForm(
      @PathVariable String honourCode, @RequestParam(required = false) RuleKind kind, Model model) {
    requireEditor();
    HonourView honour = catalogue.get(honourCode);
    if (kind == null) {
      model.addAttribute("honour", honour);
      model.addAttribute("kinds", RuleKind.values());
      return "honours/rule-kinds";
    }
    Map<String, String> typed = new HashMap<>();
    typed.put("active", "true");
    typed.put("severity", RuleSeverity.BLOCK.name());
    return showForm(honour, null, kind, typed, null, model);
  }

  @PostMapping("/new")
  String add(
      @PathVariable String honourCode,
      @RequestParam Map<String, String> params,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    requireEditor();
    HonourView honour = catalogue.get(honourCode);
    RuleKind kind = kindOf(params.get("kind"));
    try {
      rules.add(honourCode, form(kind, params));
      redirect.addFlashAttribute("notice", texts.get("common.saved"));
      return "redirect:/honours/" + honourCode;
    } catch (DomainException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
      return showForm(honour, null, kind, params, texts.of(e), model);
    }
  }

  @GetMapping("/{ruleId}/edit")
  String editForm(@PathVariable String honourCode, @PathVariable long ruleId, Model model) {
    requireEditor();
    HonourView honour = catalogue.get(honourCode);
    HonourRuleView rule = rules.rule(honourCode, ruleId);
    Map<String, String> typed = new HashMap<>();
    typed.put("grade", rule.grade() == null ? "" : rule.grade().toString());
    typed.put("recipient", rule.recipient() == null ? "" : rule.recipient().name());
    typed.put("position", String.valueOf(rule.position()));
    typed.put("active", String.valueOf(rule.active()));
    typed.put("severity", rule.severity().name());
    typed.put("version", String.valueOf(rule.version()));
    rule.params().forEach((name, value) -> typed.put(PARAM + name, String.valueOf(value)));
    return showForm(honour, rule, rule.kind(), typed, null, model);
  }

  @PostMapping("/{ruleId}/edit")
  String change(
      @PathVariable String honourCode,
      @PathVariable long ruleId,
      @RequestParam Map<String, String> params,
      Model model,
      HttpServletResponse response,
      RedirectAttributes redirect) {
    requireEditor();
    HonourView honour = catalogue.get(honourCode);
    HonourRuleView rule = rules.rule(honourCode, ruleId);
    try {
      rules.change(honourCode, ruleId, form(rule.kind(), params));
      redirect.addFlashAttribute("notice", texts.get("common.saved"));
      return "redirect:/honours/" + honourCode;
    } catch (DomainException | OptimisticLockingFailureException e) {
      response.setStatus(
          e instanceof OptimisticLockingFailureException
              ? HttpStatus.CONFLICT.value()
              : HttpStatus.UNPROCESSABLE_CONTENT.value());
      return showForm(honour, rule, rule.kind(), params, texts.of(e), model);
    }
  }

  private String showForm(
      HonourView honour,
      HonourRuleView rule,
      RuleKind kind,
      Map<String, String> typed,
      String error,
      Model model) {
    model.addAttribute("honour", honour);
    model.addAttribute("rule", rule);
    model.addAttribute("kind", kind);
    model.addAttribute("typed", typed);
    model.addAttribute("error", error);
    model.addAttribute("recipients", Recipient.values());
    model.addAttribute("severities", RuleSeverity.values());
    model.addAttribute("honours", catalogue.all());
    return "honours/rule-form";
  }

  private static RuleForm form(RuleKind kind, Map<String, String> params) {
    Map<String, Object> values = new LinkedHashMap<>();
    for (RuleParam param : kind.params()) {
      String value = params.get(PARAM + param.name());
      if (param.type() == RuleParam.Type.FLAG) {
        values.put(param.name(), "true".equals(value));
      } else if (value != null && !value.isBlank()) {
        // whole numbers may be typed with Vietnamese thousands separators: 500.000.000
        values.put(
            param.name(),
            param.type() == RuleParam.Type.WHOLE
                ? value.strip().replace(".", "").replace(" ", "")
                : value.strip());
      }
    }
    return new RuleForm(
        kind,
        whole(params.get("grade")),
        recipientOf(params.get("recipient")),
        values,
        whole(params.get("position")),
        "true".equals(params.get("active")),
        whole(params.get("version")),
        severityOf(params.get("severity")));
  }

  private static Recipient recipientOf(String value) {
    for (Recipient recipient : Recipient.values()) {
      if (recipient.name().equals(value)) {
        return recipient;
      }
    }
    return null;
  }

  /** Anything but the warning level reads as blocking, the safe side. */
  private static RuleSeverity severityOf(String value) {
    return RuleSeverity.WARN.name().equals(value) ? RuleSeverity.WARN : RuleSeverity.BLOCK;
  }

  private static RuleKind kindOf(String value) {
    try {
      return RuleKind.valueOf(value);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw DomainException.invalid("honours.rule.kind.missing");
    }
  }

  private static Integer whole(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return Integer.valueOf(value.strip());
    } catch (NumberFormatException e) {
      throw DomainException.invalid("honours.rule.number.invalid");
    }
  }

  private void requireEditor() {
    if (!catalogue.canEdit()) {
      throw DomainException.forbidden("honours.nationalAdminOnly");
    }
  }
}
