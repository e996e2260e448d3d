package vn.thidua.honours;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;
import vn.thidua.shared.web.DomainException;

/**
 * An honour of the catalogue.
 *
 * @param theme the theme of a thematic award, null otherwise
 * @param prizeMultiple the prize as a multiple of the base salary, null when none is set
 * @param grades at least one, ordered by grade
 */
public record HonourView(
    long id,
    String code,
    String name,
    HonourKind kind,
    Set<Recipient> recipients,
    Scope scope,
    String theme,
    BigDecimal prizeMultiple,
    List<HonourGrade> grades,
    boolean active,
    int version) {

  public HonourView {
    recipients = Set.copyOf(recipients);
    grades = List.copyOf(grades);
  }

  public boolean hasGrades() {
    return grades.size() > 1;
  }

  /** The grade, or an "invalid" refusal naming the honour and the grade. */
  public HonourGrade grade(int grade) {
    return grades.stream()
        .filter(g -> g.grade() == grade)
        .findFirst()
        .orElseThrow(() -> DomainException.invalid("honours.grade.unknown", name, grade));
  }

  public boolean allows(Recipient recipient) {
    return recipients.contains(recipient);
  }
}
