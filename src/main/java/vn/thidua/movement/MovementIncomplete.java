package vn.thidua.movement;

import java.util.List;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.thidua.shared.web.DomainException;

/**
 * A movement cannot be launched while parts are missing; the refusal names every one of them ("còn
 * thiếu: mục tiêu, tiêu chí").
 */
public class MovementIncomplete extends DomainException {

  /** The parts a movement must have before it is launched. */
  public enum Part {
    DATES,
    PHASES,
    OBJECTIVES,
    CRITERIA,
    PARTICIPANTS
  }

  private final List<Part> missing;

  public MovementIncomplete(List<Part> missing) {
    super(Kind.INVALID, "movement.launch.missing", listed(missing));
    this.missing = List.copyOf(missing);
  }

  public List<Part> missing() {
    return missing;
  }

  /** The names of the parts, resolved in the reader's language and joined. */
  private static DefaultMessageSourceResolvable listed(List<Part> parts) {
    Object[] names =
        parts.stream()
            .map(part -> new DefaultMessageSourceResolvable("movement.missing." + part.name()))
            .toArray();
    return new DefaultMessageSourceResolvable(
        new String[] {"movement.missing.list" + parts.size()}, names);
  }
}
