package vn.thidua.honours.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.honours.HonourRuleView;
import vn.thidua.honours.RuleBook;
import vn.thidua.honours.RuleForm;
import vn.thidua.shared.web.Texts;

@RestController
@Tag(
    name = "Honour rules",
    description =
        "Eligibility and quota rules kept as data, and the check of a nominee against them")
class RuleApi {

  private final RuleBook rules;
  private final NomineeChecks checks;
  private final Texts texts;

  RuleApi(RuleBook rules, NomineeChecks checks, Texts texts) {
    this.rules = rules;
    this.checks = checks;
    this.texts = texts;
  }

  /** A rule row with its sentence in the reader's language. */
  record RuleLine(HonourRuleView rule, String sentence) {}

  @GetMapping("/api/honours/{honourCode}/rules")
  @Operation(summary = "An honour's rules in order, each with its sentence; retired ones included")
  List<RuleLine> list(@PathVariable String honourCode) {
    return rules.rulesOf(honourCode).stream().map(this::line).toList();
  }

  @PostMapping("/api/honours/{honourCode}/rules")
  @Operation(
      summary =
          "Add a rule (administrators of the national unit): kind, parameters by name, grade and"
              + " recipient it applies to (every one when left out)")
  ResponseEntity<RuleLine> add(@PathVariable String honourCode, @RequestBody RuleForm form) {
    HonourRuleView added = rules.add(honourCode, form);
    return ResponseEntity.created(URI.create("/api/honours/" + honourCode + "/rules/" + added.id()))
        .body(line(added));
  }

  @PutMapping("/api/honours/{honourCode}/rules/{ruleId}")
  @Operation(
      summary =
          "Change or retire (active: false) a rule (administrators of the national unit); the"
              + " kind stays; send the version you edited")
  RuleLine change(
      @PathVariable String honourCode, @PathVariable long ruleId, @RequestBody RuleForm form) {
    return line(rules.change(honourCode, ruleId, form));
  }

  @PostMapping("/api/eligibility/check")
  @Operation(
      summary =
          "Check a worker (personId) or a collective (unitId) of your units against an honour's"
              + " rules for a year: which pass, which fail and why")
  NomineeChecks.Result check(@RequestBody CheckRequest request) {
    return checks.check(request);
  }

  private RuleLine line(HonourRuleView rule) {
    return new RuleLine(rule, texts.get(rule.text().messageKey(), rule.text().argArray()));
  }
}
