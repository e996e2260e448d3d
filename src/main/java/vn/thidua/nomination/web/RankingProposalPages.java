package vn.thidua.nomination.web;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.thidua.movement.MovementStatus;
import vn.thidua.movement.MovementSummary;
import vn.thidua.movement.MovementView;
import vn.thidua.movement.Movements;
import vn.thidua.nomination.Nominations;
import vn.thidua.nomination.RankingProposal;
import vn.thidua.nomination.RankingProposalResult;
import vn.thidua.nomination.RankingProposals;
import vn.thidua.nomination.RoundView;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.shared.time.Dates;
import vn.thidua.shared.web.DomainException;
import vn.thidua.shared.web.Texts;

/**
 * "Đề nghị từ kết quả xếp hạng": the round's officer proposes the flag from a movement's ranking.
 */
@Controller
class RankingProposalPages {

  private static final int MOVEMENTS_LISTED = 100;

  private final Nominations nominations;
  private final RankingProposals proposals;
  private final Movements movements;
  private final OrgUnits units;
  private final Texts texts;

  RankingProposalPages(
      Nominations nominations,
      RankingProposals proposals,
      Movements movements,
      OrgUnits units,
      Texts texts) {
    this.nominations = nominations;
    this.proposals = proposals;
    this.movements = movements;
    this.units = units;
    this.texts = texts;
  }

  /** A choice of ranking: a movement's year ({@code phaseId} null) or one of its phases. */
  record RankingChoice(String value, String label) {}

  @GetMapping("/nominations/rounds/{nominationRoundId}/from-ranking")
  String form(@PathVariable long nominationRoundId, Model model) {
    return page(nominations.round(nominationRoundId), null, "", 1, "CLUSTER", null, model);
  }

  @PostMapping("/nominations/rounds/{nominationRoundId}/from-ranking")
  String propose(
      @PathVariable long nominationRoundId,
      @RequestParam(required = false) String ranking,
      @RequestParam(required = false) Integer places,
      @RequestParam(required = false) String per,
      Model model,
      RedirectAttributes redirect) {
    RoundView round = nominations.round(nominationRoundId);
    Long movementId = null;
    Long phaseId = null;
    if (ranking != null && ranking.matches("\\d+:\\d*")) {
      String[] parts = ranking.split(":", -1);
      movementId = Long.valueOf(parts[0]);
      phaseId = parts[1].isEmpty() ? null : Long.valueOf(parts[1]);
    }
    RankingProposal.Per counted =
        "SECTOR".equals(per) ? RankingProposal.Per.SECTOR : RankingProposal.Per.CLUSTER;
    RankingProposalResult result;
    try {
      result =
          proposals.propose(
              nominationRoundId,
              new RankingProposal(movementId, phaseId, round.year(), places, counted));
    } catch (DomainException e) {
      return page(round, texts.of(e), ranking, places, per, null, model);
    }
    if (!result.done()) {
      return page(
          round,
          texts.get("nomination.ranking.refused", result.refused().size()),
          ranking,
          places,
          per,
          result,
          model);
    }
    String notice = texts.get("nomination.ranking.done", result.drafted().size());
    if (!result.skipped().isEmpty()) {
      notice += " " + texts.get("nomination.ranking.skipped", String.join(", ", result.skipped()));
    }
    redirect.addFlashAttribute("notice", notice);
    return "redirect:/nominations/rounds/" + nominationRoundId;
  }

  private String page(
      RoundView round,
      String error,
      String ranking,
      Integer places,
      String per,
      RankingProposalResult result,
      Model model) {
    units.requireChangeable(round.unitId());
    model.addAttribute("round", round);
    model.addAttribute("choices", choices(round));
    model.addAttribute("ranking", ranking);
    model.addAttribute("places", places == null ? 1 : places);
    model.addAttribute("per", per == null ? "CLUSTER" : per);
    model.addAttribute("error", error);
    model.addAttribute("result", result);
    return "nomination/from-ranking";
  }

  /** The launched movements of the round's unit or the units above it, each year and phase. */
  private List<RankingChoice> choices(RoundView round) {
    List<RankingChoice> choices = new ArrayList<>();
    for (MovementSummary summary : movements.list(null, 0, MOVEMENTS_LISTED).items()) {
      if (summary.status() != MovementStatus.LAUNCHED
          || !units.isWithin(round.unitId(), summary.organiserId())) {
        continue;
      }
      MovementView movement = movements.get(summary.id());
      choices.add(
          new RankingChoice(
              movement.id() + ":",
              texts.get(
                  "nomination.ranking.choice.year",
                  movement.name(),
                  String.valueOf(round.year()))));
      for (MovementView.PhaseView phase : movement.phases()) {
        choices.add(
            new RankingChoice(
                movement.id() + ":" + phase.id(),
                texts.get(
                    "nomination.ranking.choice.phase",
                    movement.name(),
                    phase.number(),
                    Dates.format(phase.endsOn()))));
      }
    }
    return choices;
  }
}
