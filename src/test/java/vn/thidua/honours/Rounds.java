package vn.thidua.honours;

import java.util.Set;

/** A round as a test describes it. */
record Rounds(
    int byProposingUnit,
    int forTheme,
    int inRound,
    Set<String> otherHonours,
    Set<String> citedElsewhere)
    implements RoundContext {

  static Rounds withProposals(int byProposingUnit) {
    return new Rounds(byProposingUnit, 0, 0, Set.of(), Set.of());
  }

  @Override
  public int nominationsOfHonourByProposingUnit() {
    return byProposingUnit;
  }

  @Override
  public int nominationsForThemeByProposingUnit(String theme) {
    return forTheme;
  }

  @Override
  public int nominationsOfHonourInRound() {
    return inRound;
  }

  @Override
  public Set<String> otherHonoursForNominee() {
    return otherHonours;
  }

  @Override
  public Set<String> achievementsCitedElsewhere() {
    return citedElsewhere;
  }
}
