package vn.thidua.honours;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One grade of an honour as stored. */
@Embeddable
class Grade {

  @Column(name = "grade")
  private int number;

  private String name;
  private String grantingLevelCode;

  protected Grade() {}

  Grade(int number, String name, String grantingLevelCode) {
    this.number = number;
    this.name = name;
    this.grantingLevelCode = grantingLevelCode;
  }

  HonourGrade view() {
    return new HonourGrade(number, name, grantingLevelCode);
  }

  int number() {
    return number;
  }
}
