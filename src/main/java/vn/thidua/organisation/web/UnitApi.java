package vn.thidua.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.organisation.Headcount;
import vn.thidua.organisation.Hierarchy;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.RollUp;
import vn.thidua.organisation.UnitFigures;
import vn.thidua.organisation.UnitHistory;
import vn.thidua.organisation.UnitReads;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.shared.excel.XlsxDownload;
import vn.thidua.shared.web.DomainException;
import vn.thidua.shared.web.Paged;

@RestController
@RequestMapping("/api/units")
@Tag(name = "Units", description = "The union hierarchy, reorganisations, figures and roll-ups")
class UnitApi {

  private final OrgUnits units;
  private final Hierarchy hierarchy;
  private final UnitFigures figures;
  private final UnitReads reads;
  private final RollUpExport export;

  UnitApi(
      OrgUnits units,
      Hierarchy hierarchy,
      UnitFigures figures,
      UnitReads reads,
      RollUpExport export) {
    this.export = export;
    this.units = units;
    this.hierarchy = hierarchy;
    this.figures = figures;
    this.reads = reads;
  }

  @GetMapping
  @Operation(summary = "Search the units you may see; diacritics are optional")
  Paged<UnitSummary> search(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return reads.search(q, Math.max(page, 0), Paged.clampSize(size));
  }

  @GetMapping("/{unitId}")
  @Operation(summary = "A unit")
  UnitSummary get(@PathVariable long unitId) {
    return units.requireVisible(unitId);
  }

  @GetMapping("/{unitId}/children")
  @Operation(summary = "The units directly below, as the tree stood on a date (default today)")
  List<RollUp.ChildTotals> children(
      @PathVariable long unitId, @RequestParam(required = false) LocalDate asOf) {
    units.requireVisible(unitId);
    return figures.rollUp(unitId, dateOrToday(asOf)).children();
  }

  @GetMapping("/{unitId}/history")
  @Operation(summary = "Where the unit stood over time; merges, splits, dissolution")
  List<UnitHistory> history(@PathVariable long unitId) {
    units.requireVisible(unitId);
    return reads.history(unitId);
  }

  @PostMapping
  @Operation(summary = "Create a unit under a parent")
  ResponseEntity<UnitSummary> create(@Valid @RequestBody Hierarchy.NewUnit unit) {
    long id = hierarchy.create(unit);
    return ResponseEntity.created(URI.create("/api/units/" + id)).body(units.require(id));
  }

  @PutMapping("/{unitId}")
  @Operation(summary = "Change a unit's code, name or sector; send the version you edited")
  UnitSummary describe(
      @PathVariable long unitId, @Valid @RequestBody Hierarchy.UnitDetails details) {
    hierarchy.describe(unitId, details);
    return units.require(unitId);
  }

  @PostMapping("/{unitId}/move")
  @Operation(summary = "Move a unit with its subtree under another parent from a date")
  UnitSummary move(@PathVariable long unitId, @Valid @RequestBody MoveRequest request) {
    hierarchy.move(unitId, request.newParentId(), request.effectiveOn());
    return units.require(unitId);
  }

  @PostMapping("/{unitId}/dissolve")
  @Operation(summary = "Dissolve a unit that has no units left below it")
  UnitSummary dissolve(@PathVariable long unitId, @Valid @RequestBody EffectiveDate request) {
    hierarchy.dissolve(unitId, request.effectiveOn());
    return units.require(unitId);
  }

  @PostMapping("/{unitId}/split")
  @Operation(summary = "Split a unit into new units under the same parent")
  Map<String, List<Long>> split(
      @PathVariable long unitId, @Valid @RequestBody Hierarchy.Split split) {
    return Map.of("createdUnitIds", hierarchy.split(unitId, split));
  }

  @PostMapping("/merge")
  @Operation(summary = "Merge units into an existing or a new target")
  UnitSummary merge(@Valid @RequestBody Hierarchy.Merger merger) {
    return units.require(hierarchy.merge(merger));
  }

  @GetMapping("/{unitId}/figures")
  @Operation(summary = "The unit's own figures valid on a date (default today)")
  ResponseEntity<Headcount> ownFigures(
      @PathVariable long unitId, @RequestParam(required = false) LocalDate asOf) {
    units.requireVisible(unitId);
    return figures
        .ownOn(unitId, dateOrToday(asOf))
        .map(ResponseEntity::ok)
        .orElseThrow(() -> DomainException.notFound("figures.none"));
  }

  @PostMapping("/{unitId}/figures")
  @Operation(summary = "Record the unit's own figures from a date on")
  Headcount recordFigures(@PathVariable long unitId, @Valid @RequestBody FiguresRequest request) {
    units.requireChangeable(unitId);
    figures.record(unitId, request.asOf(), request.headcount());
    return request.headcount();
  }

  @GetMapping("/{unitId}/rollup")
  @Operation(
      summary = "Figures summed over the subtree as the tree stood on a date (default today)")
  RollUp rollUp(@PathVariable long unitId, @RequestParam(required = false) LocalDate asOf) {
    units.requireVisible(unitId);
    return figures.rollUp(unitId, dateOrToday(asOf));
  }

  @GetMapping("/{unitId}/children.xlsx")
  @Operation(summary = "The units directly below with their roll-ups, as an Excel workbook")
  void exportChildren(
      @PathVariable long unitId,
      @RequestParam(required = false) LocalDate asOf,
      HttpServletResponse response)
      throws IOException {
    units.requireVisible(unitId);
    RollUp rollUp = figures.rollUp(unitId, dateOrToday(asOf));
    XlsxDownload.send(response, export.fileName(rollUp), out -> export.write(rollUp, out));
  }

  static LocalDate dateOrToday(LocalDate date) {
    return date == null ? LocalDate.now() : date;
  }

  record MoveRequest(@NotNull Long newParentId, @NotNull LocalDate effectiveOn) {}

  record EffectiveDate(@NotNull LocalDate effectiveOn) {}

  record FiguresRequest(
      @NotNull LocalDate asOf,
      @NotNull Integer workers,
      @NotNull Integer womenWorkers,
      @NotNull Integer members,
      @NotNull Integer womenMembers) {
    Headcount headcount() {
      return new Headcount(workers, womenWorkers, members, womenMembers);
    }
  }
}
