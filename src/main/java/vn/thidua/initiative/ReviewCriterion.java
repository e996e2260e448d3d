package vn.thidua.initiative;

import jakarta.persistence.Embeddable;

/** One published criterion a council scores an initiative against, out of at most maxPoints. */
@Embeddable
class ReviewCriterion {

  private String name;
  private int maxPoints;

  protected ReviewCriterion() {}

  ReviewCriterion(String name, int maxPoints) {
    if (name == null || name.isBlank() || maxPoints <= 0) {
      throw new IllegalArgumentException("A criterion has a name and a positive maximum");
    }
    this.name = name.strip();
    this.maxPoints = maxPoints;
  }

  String name() {
    return name;
  }

  int maxPoints() {
    return maxPoints;
  }
}
