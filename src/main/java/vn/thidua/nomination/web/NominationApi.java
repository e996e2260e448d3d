package vn.thidua.nomination.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.nomination.Board;
import vn.thidua.nomination.BoardFilter;
import vn.thidua.nomination.BulkMove;
import vn.thidua.nomination.BulkNomination;
import vn.thidua.nomination.BulkResult;
import vn.thidua.nomination.DecisionRequest;
import vn.thidua.nomination.Minutes;
import vn.thidua.nomination.Move;
import vn.thidua.nomination.NominationForm;
import vn.thidua.nomination.NominationState;
import vn.thidua.nomination.NominationView;
import vn.thidua.nomination.Nominations;
import vn.thidua.nomination.RoundForm;
import vn.thidua.nomination.RoundView;
import vn.thidua.nomination.Vote;
import vn.thidua.shared.web.DomainException;

@RestController
@Tag(
    name = "Nominations",
    description =
        "Selection rounds, nominations (đề nghị khen thưởng) and their workflow, council votes")
class NominationApi {

  private final Nominations nominations;

  NominationApi(Nominations nominations) {
    this.nominations = nominations;
  }

  /** A council member's vote. */
  record VoteRequest(Vote vote) {}

  /** The round of the unit above into which an approved nomination is proposed. */
  record EscalationRequest(Long roundId) {}

  @GetMapping("/api/nomination-rounds")
  @Operation(summary = "The rounds you review or propose into, newest year first")
  List<RoundView> rounds() {
    return nominations.rounds();
  }

  @PostMapping("/api/nomination-rounds")
  @Operation(
      summary =
          "Open a selection round of the reviewing unit: year, period, honours (code and grade),"
              + " council threshold, deadline, quotas per proposing unit")
  ResponseEntity<RoundView> openRound(@RequestBody RoundForm form) {
    RoundView round = nominations.openRound(form);
    return ResponseEntity.created(URI.create("/api/nomination-rounds/" + round.id())).body(round);
  }

  @GetMapping("/api/nomination-rounds/{nominationRoundId}")
  @Operation(summary = "A round and what you may do in it")
  RoundView round(@PathVariable long nominationRoundId) {
    return nominations.round(nominationRoundId);
  }

  @GetMapping("/api/nomination-rounds/{nominationRoundId}/board")
  @Operation(
      summary =
          "The round's nominations by state with the count in every state; filter by state,"
              + " proposing unit (with its subtree), honour and the nominee's name")
  Board board(
      @PathVariable long nominationRoundId,
      @RequestParam(required = false) NominationState state,
      @RequestParam(required = false) Long unitId,
      @RequestParam(required = false) String honourCode,
      @RequestParam(required = false) String q) {
    return nominations.board(nominationRoundId, new BoardFilter(state, unitId, honourCode, q));
  }

  @PostMapping("/api/nomination-rounds/{nominationRoundId}/bulk")
  @Operation(
      summary =
          "Take one action on several nominations of the round in one transaction: all of them,"
              + " or none (answered 422 with the reason for each refused one)")
  ResponseEntity<BulkResult> bulk(
      @PathVariable long nominationRoundId, @RequestBody BulkMove move) {
    BulkResult result = nominations.actOnMany(nominationRoundId, move);
    return ResponseEntity.status(result.done() ? HttpStatus.OK : HttpStatus.UNPROCESSABLE_CONTENT)
        .body(result);
  }

  @GetMapping("/api/nomination-rounds/{nominationRoundId}/minutes")
  @Operation(summary = "The council's minutes: members present, votes per nominee, result")
  Minutes minutes(@PathVariable long nominationRoundId) {
    return nominations.minutes(nominationRoundId);
  }

  @PostMapping("/api/nomination-rounds/{nominationRoundId}/decision")
  @Operation(
      summary =
          "Draft one decision of the reviewing unit with every approved nomination of the round;"
              + " issuing it marks them decided")
  ResponseEntity<java.util.Map<String, Long>> draftDecision(
      @PathVariable long nominationRoundId, @RequestBody DecisionRequest request) {
    long decisionId = nominations.draftDecision(nominationRoundId, request);
    return ResponseEntity.status(HttpStatus.CREATED)
        .body(java.util.Map.of("decisionId", decisionId));
  }

  @PostMapping("/api/nomination-rounds/{nominationRoundId}/nominations")
  @Operation(
      summary =
          "Draft nominations of many people of the proposing unit for one honour in one"
              + " transaction: all of them, or none (answered 422 with the reason for each person)")
  ResponseEntity<BulkResult> nominateMany(
      @PathVariable long nominationRoundId, @RequestBody BulkNomination bulk) {
    BulkResult result = nominations.nominateMany(nominationRoundId, bulk);
    return ResponseEntity.status(
            result.done() ? HttpStatus.CREATED : HttpStatus.UNPROCESSABLE_CONTENT)
        .body(result);
  }

  @PostMapping("/api/nominations")
  @Operation(
      summary =
          "Draft a nomination of a person or a collective of the proposing unit's subtree for an"
              + " honour the round selects")
  ResponseEntity<NominationView> nominate(@RequestBody NominationForm form) {
    NominationView saved = nominations.nominate(form);
    return ResponseEntity.created(URI.create("/api/nominations/" + saved.id())).body(saved);
  }

  @GetMapping("/api/nominations/{nominationId}")
  @Operation(summary = "A nomination with its dossier, history, votes and the actions you may take")
  NominationView get(@PathVariable long nominationId) {
    return nominations.get(nominationId);
  }

  @PutMapping("/api/nominations/{nominationId}")
  @Operation(
      summary = "Change the dossier of a draft or returned nomination; send the version you read")
  NominationView change(@PathVariable long nominationId, @RequestBody NominationForm form) {
    return nominations.change(nominationId, form);
  }

  @PostMapping("/api/nominations/{nominationId}/actions")
  @Operation(
      summary =
          "Take an action: SUBMIT, START_REVIEW, RETURN (reason), RESUBMIT, TO_COUNCIL, APPROVE,"
              + " NOT_APPROVE (reason); send the version you read")
  NominationView act(@PathVariable long nominationId, @RequestBody Move move) {
    return nominations.act(nominationId, move);
  }

  @PostMapping("/api/nominations/{nominationId}/votes")
  @Operation(
      summary =
          "Vote as a council member of the reviewing unit: AGREE, DISAGREE or ABSTAIN, once, while"
              + " the nomination is before the council")
  NominationView vote(@PathVariable long nominationId, @RequestBody VoteRequest request) {
    return nominations.vote(nominationId, request.vote());
  }

  @PostMapping("/api/nominations/{nominationId}/escalations")
  @Operation(
      summary =
          "Propose an approved nomination to a round of the reviewing unit's parent, for the next"
              + " grade of the honour where that round selects it")
  ResponseEntity<NominationView> escalate(
      @PathVariable long nominationId, @RequestBody EscalationRequest request) {
    NominationView current = nominations.get(nominationId);
    if (request.roundId() == null) {
      throw DomainException.invalid("nomination.escalate.round", current.nomineeName());
    }
    NominationView upper = nominations.escalate(nominationId, request.roundId());
    return ResponseEntity.created(URI.create("/api/nominations/" + upper.id())).body(upper);
  }
}
