package vn.thidua.movement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.NotNull;
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
import vn.thidua.movement.MovementDraft;
import vn.thidua.movement.MovementSummary;
import vn.thidua.movement.MovementView;
import vn.thidua.movement.Movements;
import vn.thidua.movement.Participant;
import vn.thidua.movement.UnitMovement;
import vn.thidua.shared.web.Paged;

@RestController
@Tag(name = "Movements", description = "Emulation movements: drafting, launching, participants")
class MovementApi {

  private final Movements movements;

  MovementApi(Movements movements) {
    this.movements = movements;
  }

  @GetMapping("/api/movements")
  @Operation(summary = "Movements you may see, newest first; diacritics are optional in q")
  Paged<MovementSummary> list(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return movements.list(q, page, size);
  }

  @PostMapping("/api/movements")
  @Operation(summary = "Save a new draft movement for an organiser above grassroots")
  ResponseEntity<MovementView> draft(@RequestBody MovementDraft draft) {
    long id = movements.draft(draft);
    return ResponseEntity.created(URI.create("/api/movements/" + id)).body(movements.get(id));
  }

  @GetMapping("/api/movements/{movementId}")
  @Operation(summary = "A movement with its phases, objectives, criteria and participation")
  MovementView get(@PathVariable long movementId) {
    return movements.get(movementId);
  }

  @PutMapping("/api/movements/{movementId}")
  @Operation(summary = "Replace a draft; send the version you edited")
  MovementView edit(@PathVariable long movementId, @RequestBody MovementDraft draft) {
    movements.edit(movementId, draft);
    return movements.get(movementId);
  }

  @PostMapping("/api/movements/{movementId}/launch")
  @Operation(
      summary = "Launch a draft to its participants",
      description =
          "Refused with 422 naming what is missing (dates, phases, objectives, criteria,"
              + " participants), when weights do not add up to 100, or a pilot unit does not take"
              + " part; 409 when the version is stale or the movement is already launched.")
  MovementView launch(
      @PathVariable long movementId, @RequestBody(required = false) VersionOf request) {
    movements.launch(movementId, request == null ? null : request.version());
    return movements.get(movementId);
  }

  @DeleteMapping("/api/movements/{movementId}")
  @Operation(summary = "Delete a draft that was never launched")
  ResponseEntity<Void> discard(
      @PathVariable long movementId, @RequestParam(required = false) Integer version) {
    movements.discard(movementId, version);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/api/movements/{movementId}/participants")
  @Operation(summary = "The participants of a launched movement, for the organiser's side")
  List<Participant> participants(@PathVariable long movementId) {
    return movements.participants(movementId);
  }

  @GetMapping("/api/units/{unitId}/movements")
  @Operation(summary = "Movements a unit takes part in or organises")
  List<UnitMovement> forUnit(@PathVariable long unitId) {
    return movements.forUnit(unitId);
  }

  /** The version of the record a step was decided on. */
  record VersionOf(@NotNull Integer version) {}
}
