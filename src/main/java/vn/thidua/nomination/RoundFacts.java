package vn.thidua.nomination;

import java.util.Objects;
import java.util.Set;
import vn.thidua.honours.HonourView;
import vn.thidua.honours.Honours;
import vn.thidua.honours.RoundContext;

/**
 * The rest of a round as the honours rules ask for it, read from the nominations tables; every
 * count leaves the nomination being checked out.
 */
final class RoundFacts implements RoundContext {

  private final NominationQueries queries;
  private final Honours honours;
  private final Round round;
  private final long exceptId;
  private final HonourRef honour;
  private final Nominee nominee;
  private final long proposingUnitId;

  RoundFacts(
      NominationQueries queries,
      Honours honours,
      Round round,
      Long nominationId,
      HonourRef honour,
      Nominee nominee,
      long proposingUnitId) {
    this.queries = queries;
    this.honours = honours;
    this.round = round;
    this.exceptId = nominationId == null ? -1L : nominationId;
    this.honour = honour;
    this.nominee = nominee;
    this.proposingUnitId = proposingUnitId;
  }

  @Override
  public int nominationsOfHonourByProposingUnit() {
    return queries.countOfHonour(round.id(), honour, proposingUnitId, exceptId);
  }

  @Override
  public int nominationsForThemeByProposingUnit(String theme) {
    int count = 0;
    for (String code : queries.codesProposedBy(round.id(), proposingUnitId, exceptId)) {
      String other = honours.find(code).map(HonourView::theme).orElse(null);
      if (Objects.equals(theme, other)) {
        count++;
      }
    }
    return count;
  }

  @Override
  public int nominationsOfHonourInRound() {
    return queries.countOfHonour(round.id(), honour, null, exceptId);
  }

  @Override
  public Set<String> otherHonoursForNominee() {
    return queries.otherHonoursOf(round.unitId(), round.year(), nominee, exceptId);
  }

  @Override
  public Set<String> achievementsCitedElsewhere() {
    return Set.of();
  }
}
