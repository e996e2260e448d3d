package vn.thidua.initiative;

import java.time.LocalDate;
import java.util.List;
import vn.thidua.organisation.Subtree;
import vn.thidua.shared.web.FigureRecord;
import vn.thidua.shared.web.Paged;

/** Initiative counts over a subtree and a period, for reviews. It does not check who asks. */
public interface InitiativeFigures {

  /**
   * Initiatives submitted in the period and recognitions decided in it, by the unit directly below
   * the subtree's root that each initiative's unit falls under (null for the root's own).
   */
  List<InitiativeTally> tally(Subtree subtree, LocalDate from, LocalDate to);

  /** Distinct people among the authors of initiatives recognised (at any level) in the period. */
  long recognisedAuthors(Subtree subtree, LocalDate from, LocalDate to);

  /**
   * The records behind a figure: {@code submitted}, {@code recognised} (argument: a {@link
   * RecognitionLevel}'s name, or null for every level), {@code benefit} (the initiatives recognised
   * in the period, each once, with its benefit) or {@code authors} (people). {@code childId}: null
   * for the whole subtree, 0 for the group whose child_id is null, else that group's. 404 for
   * another figure.
   */
  Paged<FigureRecord> records(
      Subtree subtree,
      Long childId,
      LocalDate from,
      LocalDate to,
      String figure,
      String argument,
      int page,
      int size);

  /**
   * Rows per unit below: with a level, the recognitions decided at it; without, submissions and the
   * benefit of the initiatives recognised in the period (each once).
   */
  record InitiativeTally(
      Long childId, RecognitionLevel level, long submitted, long recognised, long benefitVnd) {}
}
