package vn.thidua.decision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.decision.AwardeeDraft;
import vn.thidua.decision.DecisionDraft;
import vn.thidua.decision.DecisionFilter;
import vn.thidua.decision.DecisionKind;
import vn.thidua.decision.DecisionStatus;
import vn.thidua.decision.DecisionSummary;
import vn.thidua.decision.DecisionView;
import vn.thidua.decision.Decisions;
import vn.thidua.shared.web.DomainException;
import vn.thidua.shared.web.Paged;

@RestController
@RequestMapping("/api/decisions")
@Tag(
    name = "Decisions",
    description =
        "Award decisions: drafts, issuing with a number per issuing unit and year, revoking and"
            + " amending by a later decision")
class DecisionApi {

  /** A draft's new content, with the version it edits. */
  public record DraftChange(Integer version, DecisionDraft draft) {}

  /** One more awardee for a draft, with the version it edits. */
  public record AwardeeAddition(Integer version, AwardeeDraft awardee) {}

  /** The issuing of a draft: the version it issues and the day it is signed on. */
  public record Issuing(Integer version, LocalDate signedOn) {}

  /** A later decision that revokes or amends the one named in the path. */
  public record Revision(DecisionKind kind, DecisionDraft draft) {}

  private final Decisions decisions;

  DecisionApi(Decisions decisions) {
    this.decisions = decisions;
  }

  @GetMapping
  @Operation(summary = "The decisions of your units, the units below and above them, newest first")
  Paged<DecisionSummary> list(
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) DecisionStatus status,
      @RequestParam(required = false) Long unitId,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "50") int size) {
    return decisions.search(new DecisionFilter(year, status, unitId), page, size);
  }

  @PostMapping
  @Operation(summary = "Draft a decision of a unit you are an officer of")
  ResponseEntity<DecisionView> draft(@RequestBody DecisionDraft draft) {
    DecisionView saved = decisions.get(decisions.draft(draft));
    return ResponseEntity.created(URI.create("/api/decisions/" + saved.id())).body(saved);
  }

  @GetMapping("/{decisionId}")
  @Operation(summary = "A decision with its awardees")
  DecisionView get(@PathVariable long decisionId) {
    return decisions.get(decisionId);
  }

  @PutMapping("/{decisionId}")
  @Operation(summary = "Replace a draft's content; an issued decision answers 422 and stays")
  DecisionView update(@PathVariable long decisionId, @RequestBody DraftChange change) {
    decisions.get(decisionId);
    if (change.draft() == null) {
      throw DomainException.invalid("decision.subject.missing");
    }
    return decisions.update(decisionId, version(change.version()), change.draft());
  }

  @DeleteMapping("/{decisionId}")
  @Operation(summary = "Delete a draft; an issued decision answers 422 and stays")
  ResponseEntity<Void> discard(
      @PathVariable long decisionId, @RequestParam(required = false) Integer version) {
    decisions.get(decisionId);
    decisions.discard(decisionId, version(version));
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/{decisionId}/awardees")
  @Operation(summary = "Add an awardee to a draft")
  DecisionView addAwardee(@PathVariable long decisionId, @RequestBody AwardeeAddition addition) {
    decisions.get(decisionId);
    return decisions.addAwardee(decisionId, version(addition.version()), addition.awardee());
  }

  @DeleteMapping("/{decisionId}/awardees/{lineId}")
  @Operation(summary = "Remove an awardee from a draft")
  DecisionView removeAwardee(
      @PathVariable long decisionId,
      @PathVariable long lineId,
      @RequestParam(required = false) Integer version) {
    decisions.get(decisionId);
    return decisions.removeAwardee(decisionId, version(version), lineId);
  }

  @PostMapping("/{decisionId}/issue")
  @Operation(
      summary =
          "Issue a draft: it takes the next number of its unit and year and can no longer change")
  DecisionView issue(@PathVariable long decisionId, @RequestBody Issuing issuing) {
    decisions.get(decisionId);
    return decisions.issue(decisionId, version(issuing.version()), issuing.signedOn());
  }

  @PostMapping("/{decisionId}/revisions")
  @Operation(
      summary =
          "Draft a later decision that revokes (no awardees) or amends (the corrected awardees)"
              + " this issued decision")
  ResponseEntity<DecisionView> revise(
      @PathVariable long decisionId, @RequestBody Revision revision) {
    decisions.get(decisionId);
    if (revision.draft() == null) {
      throw DomainException.invalid("decision.subject.missing");
    }
    DecisionView saved =
        decisions.get(decisions.draftRevision(decisionId, revision.kind(), revision.draft()));
    return ResponseEntity.created(URI.create("/api/decisions/" + saved.id())).body(saved);
  }

  private static int version(Integer version) {
    if (version == null) {
      throw DomainException.invalid("decision.version.missing");
    }
    return version;
  }
}
