package vn.thidua.report;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import vn.thidua.honours.HonourKind;
import vn.thidua.honours.Recipient;
import vn.thidua.shared.number.Percent;

/**
 * The titles and awards granted over a review's period (not revoked), by honour, grade and
 * recipient in the catalogue's order, with the totals and shares the review shows.
 */
public record ReviewHonours(List<Granted> granted) {

  static final Comparator<Granted> CATALOGUE_ORDER =
      Comparator.comparing(Granted::kind)
          .thenComparingLong(Granted::honourId)
          .thenComparingInt(Granted::grade)
          .thenComparing(Granted::recipient);

  public ReviewHonours {
    granted = granted.stream().sorted(CATALOGUE_ORDER).toList();
  }

  /**
   * One honour and grade granted to individuals or to collectives.
   *
   * @param gradeName the grade's name, e.g. "Công nhân giỏi cấp quận"
   * @param directWorkers those granted to direct workers
   * @param women those granted to women
   * @param smallCollectives those granted to collectives below grassroots level
   */
  public record Granted(
      long honourId,
      String honourCode,
      int grade,
      HonourKind kind,
      Recipient recipient,
      String honourName,
      String gradeName,
      long count,
      long directWorkers,
      long women,
      long smallCollectives) {

    /** Whether it is the same honour, grade and recipient as the other. */
    public boolean sameAs(Granted other) {
      return honourId == other.honourId && grade == other.grade && recipient == other.recipient;
    }

    Granted plus(Granted other) {
      return new Granted(
          honourId,
          honourCode,
          grade,
          kind,
          recipient,
          honourName,
          gradeName,
          count + other.count,
          directWorkers + other.directWorkers,
          women + other.women,
          smallCollectives + other.smallCollectives);
    }
  }

  /** How many of this honour, grade and recipient were granted; 0 when none. */
  public long count(Granted like) {
    return granted.stream().filter(like::sameAs).mapToLong(Granted::count).sum();
  }

  @JsonProperty("titles")
  public long titles() {
    return sum(g -> g.kind() == HonourKind.TITLE, Granted::count);
  }

  @JsonProperty("awards")
  public long awards() {
    return sum(ReviewHonours::award, Granted::count);
  }

  @JsonProperty("individualAwards")
  public long individualAwards() {
    return sum(ReviewHonours::individualAward, Granted::count);
  }

  @JsonProperty("collectiveAwards")
  public long collectiveAwards() {
    return sum(ReviewHonours::collectiveAward, Granted::count);
  }

  @JsonProperty("awardsToDirectWorkers")
  public long awardsToDirectWorkers() {
    return sum(ReviewHonours::individualAward, Granted::directWorkers);
  }

  @JsonProperty("awardsToWomen")
  public long awardsToWomen() {
    return sum(ReviewHonours::individualAward, Granted::women);
  }

  @JsonProperty("awardsToSmallCollectives")
  public long awardsToSmallCollectives() {
    return sum(ReviewHonours::collectiveAward, Granted::smallCollectives);
  }

  /** Of the awards to individuals, the share to direct workers; null when there were none. */
  @JsonProperty("directWorkerShare")
  public BigDecimal directWorkerShare() {
    return Percent.of(awardsToDirectWorkers(), individualAwards());
  }

  /** Of the awards to individuals, the share to women; null when there were none. */
  @JsonProperty("womenShare")
  public BigDecimal womenShare() {
    return Percent.of(awardsToWomen(), individualAwards());
  }

  /** Of the awards to collectives, the share to small collectives; null when there were none. */
  @JsonProperty("smallCollectiveShare")
  public BigDecimal smallCollectiveShare() {
    return Percent.of(awardsToSmallCollectives(), collectiveAwards());
  }

  private static boolean award(Granted g) {
    return g.kind() == HonourKind.AWARD;
  }

  private static boolean individualAward(Granted g) {
    return award(g) && g.recipient() == Recipient.INDIVIDUAL;
  }

  private static boolean collectiveAward(Granted g) {
    return award(g) && g.recipient() == Recipient.COLLECTIVE;
  }

  private long sum(Predicate<Granted> which, ToLongFunction<Granted> figure) {
    return granted.stream().filter(which).mapToLong(figure).sum();
  }
}
