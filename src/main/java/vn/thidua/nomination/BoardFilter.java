package vn.thidua.nomination;

/**
 * What the review board shows: any of these may be null.
 *
 * @param query part of the nominee's name, diacritics optional
 */
public record BoardFilter(
    NominationState state, Long proposingUnitId, String honourCode, String query) {

  public static BoardFilter all() {
    return new BoardFilter(null, null, null, null);
  }
}
