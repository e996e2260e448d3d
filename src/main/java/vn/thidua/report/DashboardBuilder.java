package vn.thidua.report;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.initiative.ProgrammeAchievement;
import vn.thidua.initiative.ProgrammeView;
import vn.thidua.initiative.Programmes;
import vn.thidua.initiative.RecognitionLevel;
import vn.thidua.organisation.UnitReads;

/**
 * Builds a dashboard from reviews: this year's review gives the year so far, last year and the
 * breakdown at once; three more years and the same days of last year are the subtree's figures
 * alone. Seven periods in all, each a handful of indexed queries.
 */
@Service
@Transactional(readOnly = true)
class DashboardBuilder implements Dashboards {

  static final int TREND_YEARS = 5;

  private final ReviewBuilder reviews;
  private final Programmes programmes;
  private final UnitReads unitReads;

  DashboardBuilder(ReviewBuilder reviews, Programmes programmes, UnitReads unitReads) {
    this.reviews = reviews;
    this.programmes = programmes;
    this.unitReads = unitReads;
  }

  @Override
  public Dashboard build(long unitId) {
    LocalDate today = reviews.today();
    int year = today.getYear();
    Review thisYear = reviews.build(unitId, ReviewPeriod.of(ReviewKind.YEAR, year));
    LocalDate lastYearToDate = today.minusYears(1);
    ReviewPeriod sameDays =
        ReviewPeriod.range(
            LocalDate.of(year - 1, 1, 1),
            lastYearToDate.withDayOfMonth(lastYearToDate.lengthOfMonth()));
    ReviewFigures sameDaysFigures = reviews.figures(unitId, sameDays);

    List<Dashboard.Year> trend = new ArrayList<>();
    for (int earlier = year - TREND_YEARS + 1; earlier < year - 1; earlier++) {
      trend.add(
          new Dashboard.Year(
              earlier, false, reviews.figures(unitId, ReviewPeriod.of(ReviewKind.YEAR, earlier))));
    }
    trend.add(new Dashboard.Year(year - 1, false, thisYear.previous()));
    trend.add(new Dashboard.Year(year, true, thisYear.current()));

    return new Dashboard(
        thisYear.unit(),
        today,
        new ReviewPeriod(ReviewKind.RANGE, LocalDate.of(year, 1, 1), today),
        thisYear.current(),
        sameDays,
        sameDaysFigures,
        trend,
        thisYear.breakdown(),
        targets(thisYear, today));
  }

  /**
   * Whether the unit is the programme's launcher or stood under it on the day the programme's
   * hand-down follows: today, clamped to the programme's days.
   */
  private boolean takesPart(long unitId, ProgrammeView programme, LocalDate today) {
    if (unitId == programme.unitId()) {
      return true;
    }
    LocalDate day =
        today.isBefore(programme.startsOn())
            ? programme.startsOn()
            : today.isAfter(programme.endsOn()) ? programme.endsOn() : today;
    return unitReads.ancestors(unitId, day).stream()
        .anyMatch(above -> above.id() == programme.unitId());
  }

  /**
   * The programmes of the trend's years that the unit takes part in (it lies under their launcher),
   * newest first.
   */
  private List<Dashboard.Target> targets(Review review, LocalDate today) {
    LocalDate firstDay = LocalDate.of(today.getYear() - TREND_YEARS + 1, 1, 1);
    List<Dashboard.Target> targets = new ArrayList<>();
    for (ProgrammeView programme : programmes.visible()) {
      boolean inWindow =
          !programme.startsOn().isAfter(today) && !programme.endsOn().isBefore(firstDay);
      if (inWindow && takesPart(review.unit().id(), programme, today)) {
        ProgrammeAchievement achieved =
            programmes.achievement(programme.id(), review.unit().id(), RecognitionLevel.GRASSROOTS);
        targets.add(
            new Dashboard.Target(
                programme.id(),
                programme.name(),
                programme.startsOn(),
                programme.endsOn(),
                achieved.target(),
                achieved.recognised(),
                achieved.percent()));
      }
    }
    return targets;
  }
}
