package vn.thidua.decision;

import java.util.List;

/** What the board's filters offer: the years, honours and issuing units that have entries. */
public record HonourBoardChoices(List<Integer> years, List<Choice> honours, List<Choice> units) {

  public record Choice(String value, String label) {}
}
