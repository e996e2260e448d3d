package vn.thidua.nomination.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.nomination.RankingProposal;
import vn.thidua.nomination.RankingProposalResult;
import vn.thidua.nomination.RankingProposals;

@RestController
@Tag(name = "Nominations")
class RankingProposalApi {

  private final RankingProposals proposals;

  RankingProposalApi(RankingProposals proposals) {
    this.proposals = proposals;
  }

  @PostMapping("/api/nomination-rounds/{nominationRoundId}/ranking-proposals")
  @Operation(
      summary =
          "Draft, in one transaction, a nomination for the round's emulation flag (CO_TDXS) of each"
              + " collective placed within the first places of its cluster or sector in a movement's"
              + " ranking (a phase, or the year), the ranking cited in the dossier; units the round"
              + " already has for the flag are skipped; when any is refused, none (422)")
  ResponseEntity<RankingProposalResult> propose(
      @PathVariable long nominationRoundId, @RequestBody RankingProposal proposal) {
    RankingProposalResult result = proposals.propose(nominationRoundId, proposal);
    return ResponseEntity.status(
            result.done() ? HttpStatus.CREATED : HttpStatus.UNPROCESSABLE_CONTENT)
        .body(result);
  }
}
