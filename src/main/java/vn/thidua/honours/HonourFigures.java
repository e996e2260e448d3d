package vn.thidua.honours;

import java.time.LocalDate;
import java.util.List;
import vn.thidua.organisation.Subtree;
import vn.thidua.shared.web.FigureRecord;
import vn.thidua.shared.web.Paged;

/**
 * Titles and awards granted over a subtree and a period, for reviews. An honour counts when the day
 * it was granted falls in the period and it is not revoked, under its holder's unit as the subtree
 * places it. It does not check who asks. Periods of whole months grouped by unit below are read
 * from the figure ledger (V64), others counted from the honours; both give the same figures.
 */
public interface HonourFigures {

  /**
   * Figures {@link #records} lists; {@code GRANTED} takes "CODE:grade" or "CODE:grade:RECIPIENT".
   */
  String GRANTED = "granted";

  /** Every title granted. */
  String TITLES = "titles";

  /** Every award granted. */
  String AWARDS = "awards";

  /** Awards to individuals (or, with argument TITLE, titles to individuals). */
  String INDIVIDUALS = "individuals";

  /** Awards to collectives (or, with argument TITLE, titles to collectives). */
  String COLLECTIVES = "collectives";

  /** Awards to individuals who are direct workers (argument TITLE: titles). */
  String DIRECT_WORKERS = "directWorkers";

  /** Awards to women (argument TITLE: titles). */
  String WOMEN = "women";

  /**
   * Awards to small collectives, units below grassroots level when honoured (argument TITLE:
   * titles).
   */
  String SMALL_COLLECTIVES = "smallCollectives";

  /**
   * The honours granted in the period, by the unit directly below the subtree's root that each
   * holder's unit falls under (null for the root's own) and by honour, grade and recipient, in the
   * catalogue's order.
   */
  List<HonourTally> tally(Subtree subtree, LocalDate from, LocalDate to);

  /**
   * The honours behind one figure, by the day they were granted: {@code childId} null for the whole
   * subtree, 0 for the root's own, else a unit directly below the root.
   *
   * @param figure one of the constants above; {@code argument} as each describes
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
   * Honours of one honour, grade and recipient granted under one unit below.
   *
   * @param honourName the honour's name, e.g. "Công nhân giỏi"
   * @param gradeName the grade's name, e.g. "Công nhân giỏi Thủ đô"
   * @param directWorkers those granted to people who are direct workers
   * @param women those granted to women
   * @param smallCollectives those granted to collectives below grassroots level when honoured (tổ
   *     công đoàn)
   */
  record HonourTally(
      Long childId,
      long honourId,
      String honourCode,
      int grade,
      HonourKind kind,
      Recipient recipient,
      String honourName,
      String gradeName,
      long granted,
      long directWorkers,
      long women,
      long smallCollectives) {}
}
