package vn.thidua.initiative;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.SignedInUser;

/**
 * Turns the aggregate into the view its page and the API show, with the user's possible actions.
 */
@Component
class InitiativeViews {

  private final OrgUnits units;
  private final ProgrammeRepository programmes;

  InitiativeViews(OrgUnits units, ProgrammeRepository programmes) {
    this.units = units;
    this.programmes = programmes;
  }

  InitiativeView of(Initiative initiative) {
    Set<Long> unitIds = new HashSet<>();
    unitIds.add(initiative.unitId());
    initiative.reviews().forEach(review -> unitIds.add(review.unitId()));
    Map<Long, String> names =
        units.findAll(unitIds).stream()
            .collect(Collectors.toMap(UnitSummary::id, UnitSummary::name));
    String programmeName =
        Optional.ofNullable(initiative.programmeId())
            .flatMap(programmes::findById)
            .map(Programme::name)
            .orElse(null);
    return new InitiativeView(
        initiative.id(),
        initiative.unitId(),
        names.get(initiative.unitId()),
        initiative.programmeId(),
        programmeName,
        initiative.title(),
        initiative.summary(),
        initiative.field(),
        initiative.authors().stream()
            .map(
                a ->
                    new InitiativeView.Author(
                        a.personId(), a.fullName(), a.unitId(), a.share(), a.outsideReason()))
            .toList(),
        initiative.authorGroup(),
        initiative.appliedOn(),
        initiative.benefitVnd(),
        initiative.benefitDescription(),
        initiative.submittedOn(),
        initiative.submittedBy(),
        initiative.status(),
        initiative.statusLevel(),
        initiative.highestRecognised().orElse(null),
        initiative.reviews().stream().map(review -> review(review, names::get)).toList(),
        actions(initiative),
        initiative.version());
  }

  private static InitiativeView.Review review(Review review, Function<Long, String> names) {
    return new InitiativeView.Review(
        review.id(),
        review.level(),
        review.unitId(),
        names.apply(review.unitId()),
        review.proposedOn(),
        review.proposedBy(),
        review.outcome(),
        review.decidedOn(),
        review.decidedBy(),
        review.reason(),
        review.decisionNumber(),
        review.minutes(),
        review.isOpen() ? review.average().orElse(null) : review.averageScore(),
        review.isOpen()
            ? (int) review.scores().stream().filter(Score::approve).count()
            : review.votesFor(),
        review.isOpen()
            ? (int) review.scores().stream().filter(score -> !score.approve()).count()
            : review.votesAgainst(),
        review.maxTotal(),
        review.criteria().stream()
            .map(c -> new InitiativeView.Criterion(c.name(), c.maxPoints()))
            .toList(),
        review.scores().stream()
            .map(
                s ->
                    new InitiativeView.Score(
                        s.memberId(),
                        s.memberName(),
                        Arrays.stream(s.points()).boxed().toList(),
                        s.total(),
                        s.approve(),
                        s.comment(),
                        s.scoredAt()))
            .toList());
  }

  private InitiativeView.Actions actions(Initiative initiative) {
    boolean decided = initiative.reviews().stream().anyMatch(review -> !review.isOpen());
    boolean canEdit = !decided && units.canChange(initiative.unitId());
    RecognitionLevel proposeTo =
        initiative
            .nextLevel()
            .filter(
                next ->
                    initiative
                        .ladder()
                        .below(next)
                        .flatMap(initiative::review)
                        .map(lower -> units.canChange(lower.unitId()))
                        .orElse(false))
            .orElse(null);
    Optional<Review> open = initiative.openReview();
    long userId = CurrentUser.get().map(SignedInUser::id).orElse(Long.MIN_VALUE);
    boolean member = open.map(r -> SubmissionRights.sitsOnCouncilOf(r.unitId())).orElse(false);
    boolean scored =
        open.map(r -> r.scores().stream().anyMatch(s -> s.memberId() == userId)).orElse(false);
    boolean canDecide = open.map(r -> units.canChange(r.unitId())).orElse(false);
    return new InitiativeView.Actions(canEdit, proposeTo, member && !scored, scored, canDecide);
  }
}
