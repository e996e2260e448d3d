package vn.thidua.initiative;

import java.time.LocalDate;
import java.util.List;
import vn.thidua.organisation.Subtree;
import vn.thidua.shared.web.FigureRecord;
import vn.thidua.shared.web.Paged;

/** Initiative counts over a subtree and a period, for reviews. It does not check who asks. */
public interface InitiativeFigures {

  /**
   * Initiatives submitted in the period, recognitions decided in it, and the benefit of the
   * initiatives first recognised in it, by the unit directly below the subtree's root that each
   * initiative's unit falls under (null for the root's own). Whole months of a subtree grouped by
   * unit below are read from the figure ledger, anything else counted from the records.
   */
  List<InitiativeTally> tally(Subtree subtree, LocalDate from, LocalDate to);

  /**
   * Distinct people among the authors of initiatives recognised (at any level) in the period, over
   * the whole subtree. Whole months are read from the recognised authors kept by unit and month,
   * other periods counted from the records.
   */
  long recognisedAuthors(Subtree subtree, LocalDate from, LocalDate to);

  /**
   * The records behind a figure: {@code submitted}, {@code recognised} (argument: a {@link
   * RecognitionLevel}'s name, or null for every level), {@code benefit} (the initiatives first
   * recognised in the period, with their benefit) or {@code authors} (people). {@code childId}:
   * null for the whole subtree, 0 for the group whose child_id is null, else that group's. 404 for
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
   * benefit of the initiatives first recognised in the period (an initiative's benefit counts on
   * the day of its earliest recognition, whatever the level). Several rows may name the same unit
   * and level: add them up.
   */
  record InitiativeTally(
      Long childId, RecognitionLevel level, long submitted, long recognised, long benefitVnd) {}
}
