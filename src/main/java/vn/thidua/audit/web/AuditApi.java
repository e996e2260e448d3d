package vn.thidua.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.audit.AuditEntry;
import vn.thidua.audit.AuditFilter;
import vn.thidua.audit.AuditTrail;
import vn.thidua.shared.web.Paged;

/** Reading the audit log. There is deliberately no endpoint that changes or removes an entry. */
@RestController
@RequestMapping("/api/audit")
@Tag(
    name = "Audit",
    description =
        "Who changed what and when, within the units the caller may see. Read-only: entries are"
            + " never changed or removed.")
class AuditApi {

  private final AuditTrail trail;

  AuditApi(AuditTrail trail) {
    this.trail = trail;
  }

  @GetMapping
  @Operation(
      summary = "List audit entries, newest first",
      description =
          "Every filter is optional. Entries without a unit are listed only for administrators"
              + " of the root unit. A unit the caller may not see gives 404.")
  Paged<AuditEntry> search(
      @Parameter(description = "A unit; its whole subtree is included")
          @RequestParam(required = false)
          Long unitId,
      @Parameter(description = "Username of who made the change") @RequestParam(required = false)
          String actor,
      @Parameter(description = "Kind of record, e.g. OrgUnit") @RequestParam(required = false)
          String entityType,
      @Parameter(description = "Identifier of the record") @RequestParam(required = false)
          String entityId,
      @Parameter(description = "First day (yyyy-MM-dd, Vietnam time), included")
          @RequestParam(required = false)
          LocalDate from,
      @Parameter(description = "Last day (yyyy-MM-dd, Vietnam time), included")
          @RequestParam(required = false)
          LocalDate to,
      @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
      @Parameter(description = "Entries per page, 1 to 200 (kept within those bounds)")
          @RequestParam(defaultValue = "50")
          int size) {
    return trail.search(
        new AuditFilter(unitId, actor, entityType, entityId, from, to),
        Math.max(page, 0),
        Paged.clampSize(size));
  }

  @GetMapping("/{entryId}")
  @Operation(summary = "One audit entry with the fields it changed")
  AuditEntry entry(@PathVariable long entryId) {
    return trail.require(entryId);
  }
}
