package vn.thidua.nomination;

import jakarta.persistence.Embeddable;

@Embeddable
class RoundHonour {

  private String honourCode;
  private int grade;

  protected RoundHonour() {}

  RoundHonour(HonourRef ref) {
    this.honourCode = ref.code();
    this.grade = ref.grade();
  }

  HonourRef ref() {
    return new HonourRef(honourCode, grade);
  }
}
