package vn.thidua.report;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import vn.thidua.initiative.RecognitionLevel;
import vn.thidua.organisation.Totals;
import vn.thidua.shared.number.Percent;

/**
 * The figures of a review, for the whole subtree or for one unit directly below its root.
 *
 * @param organisation grassroots unions, workers, members and women on the period's last day
 * @param recognised initiatives recognised in the period, by the level that recognised them
 * @param recognisedAuthors distinct authors of the recognised initiatives; null in a breakdown row
 * @param honours titles and awards granted in the period
 */
public record ReviewFigures(
    Totals organisation,
    long movementsLaunched,
    long unitsRegistered,
    long registrationsApproved,
    long initiativesSubmitted,
    Map<RecognitionLevel, Long> recognised,
    long benefitVnd,
    Long recognisedAuthors,
    long contestsHeld,
    long contestEntries,
    long prizesWon,
    ReviewHonours honours) {

  public ReviewFigures {
    EnumMap<RecognitionLevel, Long> levels = new EnumMap<>(RecognitionLevel.class);
    for (RecognitionLevel level : RecognitionLevel.values()) {
      levels.put(level, recognised.getOrDefault(level, 0L));
    }
    recognised = Map.copyOf(levels);
  }

  /** The figures of a period with no records at all. */
  public static ReviewFigures none() {
    return new FigureSums().figures(null);
  }

  public long recognisedAt(RecognitionLevel level) {
    return recognised.get(level);
  }

  /** Recognitions decided in the period at every level together. */
  public long recognitions() {
    return recognised.values().stream().mapToLong(Long::longValue).sum();
  }

  public BigDecimal memberShare() {
    return Percent.of(organisation.members(), organisation.workers());
  }
}
