package vn.thidua.initiative.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.initiative.CouncilScore;
import vn.thidua.initiative.Decision;
import vn.thidua.initiative.InitiativeForm;
import vn.thidua.initiative.InitiativeRow;
import vn.thidua.initiative.InitiativeSearch;
import vn.thidua.initiative.InitiativeStatus;
import vn.thidua.initiative.InitiativeView;
import vn.thidua.initiative.Initiatives;
import vn.thidua.initiative.PossibleDuplicate;
import vn.thidua.initiative.Proposal;
import vn.thidua.initiative.RecognitionLevel;
import vn.thidua.initiative.SimilarInitiative;
import vn.thidua.shared.web.Paged;
import vn.thidua.shared.web.Texts;

@RestController
@RequestMapping("/api/initiatives")
@Tag(
    name = "Initiatives",
    description = "Initiatives, their authors and their recognition level by level")
class InitiativeApi {

  private final Initiatives initiatives;
  private final Texts texts;

  InitiativeApi(Initiatives initiatives, Texts texts) {
    this.initiatives = initiatives;
    this.texts = texts;
  }

  @GetMapping
  @Operation(
      summary =
          "Search the initiatives of the units you may see by words of the title, summary or an"
              + " author's name; diacritics are optional")
  Paged<InitiativeRow> search(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(required = false) Long unitId,
      @RequestParam(required = false) Long programmeId,
      @RequestParam(required = false) InitiativeStatus status,
      @RequestParam(required = false) RecognitionLevel recognisedAtLeast,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "20") int size) {
    return initiatives.search(
        new InitiativeSearch(q, unitId, programmeId, status, recognisedAtLeast, page, size));
  }

  @GetMapping("/mine")
  @Operation(summary = "The initiatives you submitted, newest first, with their status")
  Paged<InitiativeRow> mine(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
    return initiatives.mine(page, size);
  }

  @GetMapping("/similar")
  @Operation(summary = "Initiatives of a unit whose title is very close to the given one")
  List<SimilarInitiative> similar(
      @RequestParam long unitId,
      @RequestParam(defaultValue = "") String title,
      @RequestParam(required = false) Long exceptId) {
    return initiatives.similar(unitId, title, exceptId);
  }

  @PostMapping
  @Operation(
      summary =
          "Enter an initiative of a grassroots union; answered 409 with the similar titles when"
              + " the unit has a very close one, unless confirmDuplicate is true")
  ResponseEntity<InitiativeView> submit(@RequestBody InitiativeForm form) {
    InitiativeView saved = initiatives.submit(form);
    return ResponseEntity.created(URI.create("/api/initiatives/" + saved.id())).body(saved);
  }

  @GetMapping("/{initiativeId}")
  @Operation(summary = "An initiative with its whole history and what you may do with it")
  InitiativeView get(@PathVariable long initiativeId) {
    return initiatives.get(initiativeId);
  }

  @PutMapping("/{initiativeId}")
  @Operation(summary = "Change what an initiative says before any level decided; send its version")
  InitiativeView change(@PathVariable long initiativeId, @RequestBody InitiativeForm form) {
    return initiatives.change(initiativeId, form);
  }

  @PostMapping("/{initiativeId}/proposals")
  @Operation(
      summary = "Propose the initiative to the next level, once the level below recognised it")
  InitiativeView propose(
      @PathVariable long initiativeId, @RequestBody(required = false) Proposal proposal) {
    return initiatives.propose(
        initiativeId, proposal == null ? new Proposal(null, null) : proposal);
  }

  @PostMapping("/{initiativeId}/reviews/{level}/scores")
  @Operation(
      summary =
          "Score the initiative as a council member of the reviewing unit: points for each"
              + " criterion in order, and your vote; once")
  InitiativeView score(
      @PathVariable long initiativeId,
      @PathVariable RecognitionLevel level,
      @RequestBody CouncilScore sheet) {
    return initiatives.score(initiativeId, level, sheet);
  }

  @PostMapping("/{initiativeId}/reviews/{level}/decision")
  @Operation(
      summary =
          "Record the level's decision: recognised or not (with a reason), date, number, minutes;"
              + " send the initiative's version")
  InitiativeView decide(
      @PathVariable long initiativeId,
      @PathVariable RecognitionLevel level,
      @RequestBody Decision decision) {
    return initiatives.decide(initiativeId, level, decision);
  }

  /** A possible duplicate names the similar initiatives, so that a client can show them. */
  @ExceptionHandler(PossibleDuplicate.class)
  ResponseEntity<ProblemDetail> duplicate(PossibleDuplicate e) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, texts.of(e));
    problem.setTitle(texts.get("error.title.409"));
    problem.setProperty("similar", e.similar());
    return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
  }
}
