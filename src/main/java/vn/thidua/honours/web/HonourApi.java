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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.honours.HeldEntry;
import vn.thidua.honours.HonourCatalogue;
import vn.thidua.honours.HonourForm;
import vn.thidua.honours.HonourHeld;
import vn.thidua.honours.HonourHistory;
import vn.thidua.honours.HonourView;
import vn.thidua.honours.Honours;

@RestController
@Tag(
    name = "Honours",
    description =
        "The catalogue of titles (danh hiệu thi đua) and award forms (hình thức khen thưởng), and"
            + " the honours people and collectives hold")
class HonourApi {

  private final Honours honours;
  private final HonourCatalogue catalogue;
  private final HonourHistory history;

  HonourApi(Honours honours, HonourCatalogue catalogue, HonourHistory history) {
    this.honours = honours;
    this.catalogue = catalogue;
    this.history = history;
  }

  @GetMapping("/api/honours")
  @Operation(
      summary =
          "The catalogue: titles first, then awards, each by name; retired ones only when asked")
  List<HonourView> list(@RequestParam(defaultValue = "false") boolean includeRetired) {
    return includeRetired ? catalogue.all() : honours.catalogue();
  }

  @GetMapping("/api/honours/{honourCode}")
  @Operation(summary = "One title or award form with its grades")
  HonourView get(@PathVariable String honourCode) {
    return catalogue.get(honourCode);
  }

  @PostMapping("/api/honours")
  @Operation(summary = "Add a title or an award form (administrators of the national unit)")
  ResponseEntity<HonourView> create(@RequestBody HonourForm form) {
    HonourView created = catalogue.create(form);
    return ResponseEntity.created(URI.create("/api/honours/" + created.code())).body(created);
  }

  @PutMapping("/api/honours/{honourCode}")
  @Operation(
      summary =
          "Change a title or an award form, all but its kind and code (administrators of the"
              + " national unit); send the version you edited")
  HonourView update(@PathVariable String honourCode, @RequestBody HonourForm form) {
    return catalogue.update(honourCode, form);
  }

  @GetMapping("/api/people/{personId}/honours")
  @Operation(summary = "The titles and awards a worker holds or held, newest first")
  List<HonourHeld> ofPerson(@PathVariable long personId) {
    return history.ofPerson(personId);
  }

  @PostMapping("/api/people/{personId}/honours")
  @Operation(
      summary =
          "Record a title or an award a worker of your units held before the system (grade 1 when"
              + " left out); the granting unit is the worker's unit or one above it")
  ResponseEntity<HonourHeld> recordForPerson(
      @PathVariable long personId, @RequestBody HeldEntry entry) {
    HonourHeld recorded = history.recordForPerson(personId, entry);
    return ResponseEntity.created(URI.create("/api/people/" + personId + "/honours"))
        .body(recorded);
  }

  @GetMapping("/api/units/{unitId}/honours")
  @Operation(summary = "The titles and awards a unit holds or held as a collective, newest first")
  List<HonourHeld> ofCollective(@PathVariable long unitId) {
    return history.ofCollective(unitId);
  }

  @PostMapping("/api/units/{unitId}/honours")
  @Operation(
      summary =
          "Record a title or an award one of your units held as a collective before the system;"
              + " the granting unit is the unit or one above it")
  ResponseEntity<HonourHeld> recordForCollective(
      @PathVariable long unitId, @RequestBody HeldEntry entry) {
    HonourHeld recorded = history.recordForCollective(unitId, entry);
    return ResponseEntity.created(URI.create("/api/units/" + unitId + "/honours")).body(recorded);
  }
}
