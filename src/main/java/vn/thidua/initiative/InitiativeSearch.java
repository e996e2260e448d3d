package vn.thidua.initiative;

/**
 * What a list of initiatives shows.
 *
 * @param query words of the title, summary or an author's name, diacritics optional; every word
 *     must appear
 * @param unitId a unit whose subtree to list, or null for every unit the user may see
 * @param programmeId only this programme's initiatives
 * @param status only initiatives in this state (with statusLevel, at that level)
 * @param recognisedAtLeast only initiatives recognised at this level or above
 */
public record InitiativeSearch(
    String query,
    Long unitId,
    Long programmeId,
    InitiativeStatus status,
    RecognitionLevel recognisedAtLeast,
    int page,
    int size) {

  public static final int DEFAULT_SIZE = 20;

  public InitiativeSearch {
    query = query == null ? "" : query.strip();
    page = Math.max(0, page);
    size = vn.thidua.shared.web.Paged.clampSize(size <= 0 ? DEFAULT_SIZE : size);
  }
}
