package vn.thidua.honours;

/** A nominee as the rules see it: the case, and the honour and grade it is proposed for. */
record Candidate(NomineeCase nominee, HonourView honour, HonourGrade grade) {

  int year() {
    return nominee.year();
  }

  boolean isPerson() {
    return nominee.personId() != null;
  }

  RoundContext round() {
    return nominee.round();
  }
}
