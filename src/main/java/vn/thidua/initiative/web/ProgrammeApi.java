package vn.thidua.initiative.web;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.initiative.ClusterChoice;
import vn.thidua.initiative.Leaderboard;
import vn.thidua.initiative.NewProgramme;
import vn.thidua.initiative.ProgrammeAchievement;
import vn.thidua.initiative.ProgrammeView;
import vn.thidua.initiative.Programmes;
import vn.thidua.initiative.RecognitionLevel;
import vn.thidua.initiative.TargetChange;
import vn.thidua.initiative.TargetView;

@RestController
@RequestMapping("/api/programmes")
@Tag(
    name = "Initiative programmes",
    description = "Programmes with targets handed down, achievement and leaderboards")
class ProgrammeApi {

  private final Programmes programmes;

  ProgrammeApi(Programmes programmes) {
    this.programmes = programmes;
  }

  @GetMapping
  @Operation(summary = "The programmes you see: launched by your units, above them or below them")
  List<ProgrammeView> list() {
    return programmes.visible();
  }

  @PostMapping
  @Operation(
      summary =
          "Launch a programme for the units below yours, with its submission windows and your"
              + " unit's own target")
  ResponseEntity<ProgrammeView> launch(@RequestBody NewProgramme programme) {
    ProgrammeView launched = programmes.launch(programme);
    return ResponseEntity.created(URI.create("/api/programmes/" + launched.id())).body(launched);
  }

  @GetMapping("/{programmeId}")
  @Operation(summary = "A programme")
  ProgrammeView get(@PathVariable long programmeId) {
    return programmes.get(programmeId);
  }

  @PutMapping("/{programmeId}/targets/{unitId}")
  @Operation(
      summary =
          "Hand a target down to a unit directly below yours (or set the launching unit's own);"
              + " send the version when changing one")
  TargetView setTarget(
      @PathVariable long programmeId, @PathVariable long unitId, @RequestBody TargetChange change) {
    return programmes.setTarget(programmeId, unitId, change);
  }

  @GetMapping("/{programmeId}/units/{unitId}/achievement")
  @Operation(
      summary =
          "A unit's achievement over its subtree (recognised against target, authors, benefit)"
              + " and the units directly below it, ranked")
  ProgrammeAchievement achievement(
      @PathVariable long programmeId,
      @PathVariable long unitId,
      @RequestParam(required = false) RecognitionLevel atLeast) {
    return programmes.achievement(programmeId, unitId, atLeast);
  }

  @GetMapping("/{programmeId}/units/{unitId}/sectors")
  @Operation(summary = "The sectors of a unit's subtree, ranked by initiatives recognised")
  Leaderboard bySector(
      @PathVariable long programmeId,
      @PathVariable long unitId,
      @RequestParam(required = false) RecognitionLevel atLeast) {
    return programmes.bySector(programmeId, unitId, atLeast);
  }

  @GetMapping("/{programmeId}/units/{unitId}/clusters")
  @Operation(summary = "The emulation clusters a unit organises in the programme's years")
  List<ClusterChoice> clusters(@PathVariable long programmeId, @PathVariable long unitId) {
    return programmes.clusters(programmeId, unitId);
  }

  @GetMapping("/{programmeId}/units/{unitId}/clusters/{clusterId}")
  @Operation(summary = "The members of one of the unit's clusters, ranked by achievement")
  Leaderboard byCluster(
      @PathVariable long programmeId,
      @PathVariable long unitId,
      @PathVariable long clusterId,
      @RequestParam(required = false) RecognitionLevel atLeast) {
    return programmes.byCluster(programmeId, unitId, clusterId, atLeast);
  }
}
