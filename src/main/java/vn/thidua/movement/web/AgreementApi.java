package vn.thidua.movement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.movement.AgreementDraft;
import vn.thidua.movement.AgreementSummary;
import vn.thidua.movement.AgreementView;
import vn.thidua.movement.Agreements;

@RestController
@Tag(
    name = "Agreements",
    description =
        "Emulation agreements (giao ước thi đua): a joint commitment for a year that the grassroots"
            + " unions of a sector or the members of a cluster sign; draft → open → closed")
class AgreementApi {

  private final Agreements agreements;

  AgreementApi(Agreements agreements) {
    this.agreements = agreements;
  }

  @GetMapping("/api/units/{unitId}/agreements")
  @Operation(summary = "Agreements the unit organises or is a member of, newest year first")
  List<AgreementSummary> forUnit(@PathVariable long unitId) {
    return agreements.forUnit(unitId);
  }

  @PostMapping("/api/agreements")
  @Operation(
      summary = "Draft an agreement (officer of a unit above grassroots)",
      description =
          "scope SECTOR names sectorId (the sector's grassroots unions below the organiser);"
              + " scope CLUSTER names clusterId (one of the organiser's clusters of that year).")
  ResponseEntity<AgreementView> draft(@RequestBody AgreementDraft draft) {
    long id = agreements.draft(draft);
    return ResponseEntity.created(URI.create("/api/agreements/" + id)).body(agreements.get(id));
  }

  @GetMapping("/api/agreements/{agreementId}")
  @Operation(summary = "An agreement with its members, who signed for each and when")
  AgreementView get(@PathVariable long agreementId) {
    return agreements.get(agreementId);
  }

  @PutMapping("/api/agreements/{agreementId}")
  @Operation(summary = "Change a draft; send the version you edited")
  AgreementView edit(@PathVariable long agreementId, @RequestBody AgreementDraft draft) {
    agreements.edit(agreementId, draft);
    return agreements.get(agreementId);
  }

  @PostMapping("/api/agreements/{agreementId}/open")
  @Operation(
      summary = "Open a draft for signing",
      description = "Resolves and freezes the members and notifies them.")
  AgreementView open(@PathVariable long agreementId, @RequestBody(required = false) Step step) {
    agreements.open(agreementId, Step.versionOf(step));
    return agreements.get(agreementId);
  }

  @PostMapping("/api/agreements/{agreementId}/close")
  @Operation(summary = "Close the signing; the signatures stay")
  AgreementView close(@PathVariable long agreementId, @RequestBody(required = false) Step step) {
    agreements.close(agreementId, Step.versionOf(step));
    return agreements.get(agreementId);
  }

  @DeleteMapping("/api/agreements/{agreementId}")
  @Operation(summary = "Delete a draft that was never opened")
  ResponseEntity<Void> discard(
      @PathVariable long agreementId, @RequestParam(required = false) Integer version) {
    agreements.discard(agreementId, version);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/agreements/{agreementId}/units/{unitId}/signature")
  @Operation(
      summary = "Sign for a member unit (its officer)",
      description =
          "Once per unit, while the agreement is open and not after its signing deadline;"
              + " the signatory defaults to your own name.")
  AgreementView sign(
      @PathVariable long agreementId,
      @PathVariable long unitId,
      @RequestBody(required = false) Agreements.Signing signing) {
    agreements.sign(agreementId, unitId, signing);
    return agreements.get(agreementId);
  }

  /** A workflow step, carrying the version it was decided on. */
  record Step(Integer version) {

    static Integer versionOf(Step step) {
      return step == null ? null : step.version();
    }
  }
}
