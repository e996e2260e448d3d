package vn.thidua.initiative;

import java.util.List;
import vn.thidua.shared.web.DomainException;

/**
 * An initiative entered with a title very close to one its unit already has. Saved only once the
 * user confirms that it is another initiative.
 */
public class PossibleDuplicate extends DomainException {

  private final transient List<SimilarInitiative> similar;

  PossibleDuplicate(List<SimilarInitiative> similar) {
    super(
        Kind.CONFLICT,
        "initiative.duplicate",
        similar.get(0).title(),
        similar.get(0).id(),
        similar.size());
    this.similar = List.copyOf(similar);
  }

  public List<SimilarInitiative> similar() {
    return similar;
  }
}
