package vn.thidua.honours;

import java.util.Set;

/**
 * What the rest of a nomination round holds, as the caller (the nominations module) knows it. Every
 * count leaves the nomination being checked out.
 */
public interface RoundContext {

  /** Nominations of the same honour and grade the proposing unit already has in the round. */
  int nominationsOfHonourByProposingUnit();

  /** Nominations for honours with this theme the proposing unit already has in the round. */
  int nominationsForThemeByProposingUnit(String theme);

  /** Nominations of the same honour and grade in the round, from every proposing unit. */
  int nominationsOfHonourInRound();

  /** Codes of the other honours proposed for the same nominee this year at the deciding unit. */
  Set<String> otherHonoursForNominee();

  /** The achievement ids other nominations already cite. */
  Set<String> achievementsCitedElsewhere();

  /** Outside any round: nothing else is proposed. */
  RoundContext NONE =
      new RoundContext() {
        @Override
        public int nominationsOfHonourByProposingUnit() {
          return 0;
        }

        @Override
        public int nominationsForThemeByProposingUnit(String theme) {
          return 0;
        }

        @Override
        public int nominationsOfHonourInRound() {
          return 0;
        }

        @Override
        public Set<String> otherHonoursForNominee() {
          return Set.of();
        }

        @Override
        public Set<String> achievementsCitedElsewhere() {
          return Set.of();
        }
      };
}
