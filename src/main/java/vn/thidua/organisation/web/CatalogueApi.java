package vn.thidua.organisation.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.organisation.Catalogue;

@RestController
@Tag(name = "Catalogue", description = "Hierarchy levels, sectors and emulation clusters")
class CatalogueApi {

  private final Catalogue catalogue;

  CatalogueApi(Catalogue catalogue) {
    this.catalogue = catalogue;
  }

  @GetMapping("/api/levels")
  @Operation(summary = "The hierarchy's levels, top down")
  List<Catalogue.LevelView> levels() {
    return catalogue.levels();
  }

  @PostMapping("/api/levels")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Add a level (national administrators)")
  Map<String, Long> addLevel(@Valid @RequestBody Catalogue.LevelForm form) {
    return Map.of("id", catalogue.addLevel(form));
  }

  @PutMapping("/api/levels/{levelId}")
  @Operation(summary = "Rename a level or change its tier; send the version you edited")
  void changeLevel(@PathVariable long levelId, @Valid @RequestBody Catalogue.LevelForm form) {
    catalogue.changeLevel(levelId, form);
  }

  @GetMapping("/api/sectors")
  @Operation(summary = "The sectors (khối)")
  List<Catalogue.SectorView> sectors() {
    return catalogue.sectors();
  }

  @PostMapping("/api/sectors")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Add a sector (national administrators)")
  Map<String, Long> addSector(@Valid @RequestBody Catalogue.SectorForm form) {
    return Map.of("id", catalogue.addSector(form));
  }

  @PutMapping("/api/sectors/{sectorId}")
  @Operation(summary = "Rename a sector; send the version you edited")
  void changeSector(@PathVariable long sectorId, @Valid @RequestBody Catalogue.SectorForm form) {
    catalogue.changeSector(sectorId, form);
  }

  @GetMapping("/api/units/{unitId}/clusters")
  @Operation(summary = "The emulation clusters a unit organises in a year")
  List<Catalogue.ClusterView> clusters(
      @PathVariable long unitId, @RequestParam(required = false) Integer year) {
    return catalogue.clusters(unitId, year == null ? java.time.Year.now().getValue() : year);
  }

  @PostMapping("/api/units/{unitId}/clusters")
  @ResponseStatus(HttpStatus.CREATED)
  @Operation(summary = "Create an emulation cluster organised by the unit")
  Map<String, Long> addCluster(
      @PathVariable long unitId, @Valid @RequestBody ClusterRequest request) {
    return Map.of(
        "id",
        catalogue.addCluster(new Catalogue.ClusterForm(request.name(), request.year(), unitId)));
  }

  @PostMapping("/api/clusters/{clusterId}/members/{unitId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Add a unit to a cluster (at most one cluster a year)")
  void join(@PathVariable long clusterId, @PathVariable long unitId) {
    catalogue.join(clusterId, unitId);
  }

  @DeleteMapping("/api/clusters/{clusterId}/members/{unitId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @Operation(summary = "Remove a unit from a cluster")
  void leave(@PathVariable long clusterId, @PathVariable long unitId) {
    catalogue.leave(clusterId, unitId);
  }

  record ClusterRequest(
      @jakarta.validation.constraints.NotBlank String name,
      @jakarta.validation.constraints.Min(1945) @jakarta.validation.constraints.Max(2200)
          int year) {}
}
