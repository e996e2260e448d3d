package vn.thidua.initiative;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.thidua.shared.web.DomainException;

/**
 * Who made the initiative: workers from the registry, whose shares of the credit add up to 100 %,
 * or a named author group (a team credited as a whole). An author from outside the initiative's
 * unit and the units below it needs a stated reason, since the credit then leaves the unit.
 */
record Authorship(List<Author> people, String group) {

  static final int MAX_AUTHORS = 30;
  static final int MAX_GROUP = 300;
  static final int MAX_REASON = 500;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  Authorship {
    people = List.copyOf(people);
  }

  static Authorship check(List<AuthorCandidate> candidates, String group, String unitName) {
    String groupName = clean(group);
    if (candidates.isEmpty() && groupName == null) {
      throw DomainException.invalid("initiative.authors.none");
    }
    if (!candidates.isEmpty() && groupName != null) {
      throw DomainException.invalid("initiative.authors.both");
    }
    if (groupName != null) {
      if (groupName.length() > MAX_GROUP) {
        throw DomainException.invalid("initiative.authors.groupTooLong", MAX_GROUP);
      }
      return new Authorship(List.of(), groupName);
    }
    if (candidates.size() > MAX_AUTHORS) {
      throw DomainException.invalid("initiative.authors.tooMany", MAX_AUTHORS);
    }
    boolean alone = candidates.size() == 1;
    Set<Long> seen = new HashSet<>();
    BigDecimal sum = BigDecimal.ZERO;
    List<Author> authors = new ArrayList<>();
    for (AuthorCandidate candidate : candidates) {
      if (!seen.add(candidate.personId())) {
        throw DomainException.invalid("initiative.authors.duplicate", candidate.fullName());
      }
      BigDecimal share =
          candidate.share() == null && alone ? HUNDRED : normalised(candidate.share());
      if (share == null || share.signum() <= 0 || share.compareTo(HUNDRED) > 0) {
        throw DomainException.invalid("initiative.authors.share", candidate.fullName());
      }
      String reason = clean(candidate.outsideReason());
      if (!candidate.insideUnit() && reason == null) {
        throw DomainException.invalid("initiative.authors.outside", candidate.fullName(), unitName);
      }
      if (reason != null && reason.length() > MAX_REASON) {
        throw DomainException.invalid("initiative.authors.reasonTooLong", MAX_REASON);
      }
      sum = sum.add(share);
      authors.add(
          new Author(
              candidate.personId(),
              candidate.fullName(),
              candidate.unitId(),
              share,
              candidate.insideUnit() ? null : reason));
    }
    if (sum.compareTo(HUNDRED) != 0) {
      throw DomainException.invalid(
          "initiative.authors.sum", sum.stripTrailingZeros().toPlainString());
    }
    return new Authorship(authors, null);
  }

  /** Shares are kept to two decimals: 33.33 + 33.33 + 33.34 is how three equal authors add up. */
  private static BigDecimal normalised(BigDecimal share) {
    if (share == null) {
      return null;
    }
    if (share.stripTrailingZeros().scale() > 2) {
      throw DomainException.invalid("initiative.authors.shareDecimals");
    }
    return share.setScale(2, RoundingMode.UNNECESSARY);
  }

  private static String clean(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    return text.strip().replaceAll("\\s+", " ");
  }

  /** The names a search by author finds. */
  String names() {
    return group != null ? group : String.join(" ", people.stream().map(Author::fullName).toList());
  }
}
