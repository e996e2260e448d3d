package vn.thidua.initiative;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A council member's sheet: points for each published criterion, in their order, whether they vote
 * to recognise the initiative, and a comment. A missing point stays null, to be refused by name.
 */
public record CouncilScore(List<Integer> points, Boolean approve, String comment) {

  public CouncilScore {
    points = points == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(points));
  }
}
