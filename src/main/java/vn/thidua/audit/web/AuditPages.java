package vn.thidua.audit.web;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;
import vn.thidua.audit.AuditEntry;
import vn.thidua.audit.AuditTrail;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Grant;
import vn.thidua.shared.web.Paged;

/** The audit log page: filters, a table of entries newest first, and each change side by side. */
@Controller
class AuditPages {

  static final int PAGE_SIZE = 50;

  private final AuditTrail trail;
  private final OrgUnits units;

  AuditPages(AuditTrail trail, OrgUnits units) {
    this.trail = trail;
    this.units = units;
  }

  /**
   * The whole page, or only the results when htmx asks for them (filtering and paging swap the
   * results in place; a history restore needs the whole page again).
   */
  @GetMapping("/audit")
  String list(
      @ModelAttribute("form") AuditSearchForm form,
      @RequestHeader(name = "HX-Request", required = false) String htmx,
      @RequestHeader(name = "HX-History-Restore-Request", required = false) String restore,
      Model model) {
    Paged<AuditEntry> result =
        form.hasErrors() ? null : trail.search(form.filter(), form.pageNumber(), PAGE_SIZE);
    model.addAttribute("result", result);
    boolean fragment = htmx != null && restore == null;
    if (fragment) {
      return "audit/list :: results";
    }
    model.addAttribute("unitChoices", unitChoices(form.unitId()));
    model.addAttribute("entityTypes", trail.entityTypes());
    return "audit/list";
  }

  /** The units the user holds a role in, and the one being filtered on when it is another. */
  private List<UnitSummary> unitChoices(Long selected) {
    Set<Long> ids = new LinkedHashSet<>();
    CurrentUser.get()
        .ifPresent(user -> user.grants().stream().map(Grant::unitId).forEach(ids::add));
    if (selected != null) {
      ids.add(selected);
    }
    return units.findAll(ids).stream()
        .filter(unit -> units.canSee(unit.id()))
        .sorted(Comparator.comparingInt(UnitSummary::tier).thenComparing(UnitSummary::name))
        .toList();
  }
}
