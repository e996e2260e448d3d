package vn.thidua.report.web;

import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.report.Breakdown;
import vn.thidua.report.Review;
import vn.thidua.report.ReviewPeriod;
import vn.thidua.report.Reviews;
import vn.thidua.shared.imports.BackgroundFiles;
import vn.thidua.shared.imports.BuiltFile;
import vn.thidua.shared.imports.ImportStatus;
import vn.thidua.shared.web.DomainException;

/**
 * Reviews of large subtrees built in the background, as files: a province's or the nation's review
 * takes seconds to count and to write, so its page offers the files through a job with a progress
 * bar instead of a plain link. Above how many grassroots unions that happens is {@code
 * thidua.reports.background-above}.
 */
@Component
class ReviewBuilds {

  static final String KIND = "REVIEW_FILE";

  private final Reviews reviews;
  private final ReviewFiles files;
  private final BackgroundFiles background;
  private final OrgUnits units;
  private final long backgroundAbove;

  ReviewBuilds(
      Reviews reviews,
      ReviewFiles files,
      BackgroundFiles background,
      OrgUnits units,
      @Value("${thidua.reports.background-above:500}") long backgroundAbove) {
    this.reviews = reviews;
    this.files = files;
    this.background = background;
    this.units = units;
    this.backgroundAbove = backgroundAbove;
  }

  /** Whether the review's files are built in the background: its subtree is large. */
  boolean inBackground(Review review) {
    return review.current().organisation().grassrootsUnits() > backgroundAbove;
  }

  UUID start(long unitId, ReviewPeriod period, Breakdown by, ReviewFiles.Format format) {
    units.requireVisible(unitId);
    return background.start(
        KIND,
        unitId,
        "bao-cao-" + unitId + "." + format.extension,
        format.contentType,
        progress -> {
          progress.steps(2);
          Review review = reviews.build(unitId, period, by);
          progress.done(1);
          ReviewFiles.File file = files.write(review, format);
          progress.done(2);
          return new BuiltFile(file.name(), format.contentType, file.content());
        });
  }

  /** The job's progress; not found unless it is the unit's and the user sees the unit. */
  ImportStatus status(long unitId, UUID jobId) {
    ImportStatus status = background.status(KIND, jobId, units::canSee);
    if (status.unitId() != unitId) {
      throw DomainException.notFound("build.notFound");
    }
    return status;
  }

  BuiltFile file(long unitId, UUID jobId) {
    return background.file(KIND, jobId, unitId, units::canSee);
  }
}
