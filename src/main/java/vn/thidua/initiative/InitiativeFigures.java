package vn.thidua.initiative;

import java.time.LocalDate;
import java.util.List;
import vn.thidua.organisation.Subtree;

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
   * Rows per unit below: with a level, the recognitions decided at it; without, submissions and the
   * benefit of the initiatives recognised in the period (each once).
   */
  record InitiativeTally(
      Long childId, RecognitionLevel level, long submitted, long recognised, long benefitVnd) {}
}
