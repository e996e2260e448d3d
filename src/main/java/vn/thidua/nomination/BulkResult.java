package vn.thidua.nomination;

import java.util.List;

/**
 * What a bulk action did: every nomination moved ({@code done}), or none, with the reason each
 * refused one was refused.
 */
public record BulkResult(boolean done, int moved, List<Refusal> refusals) {

  public record Refusal(long nominationId, String nomineeName, String message) {}
}
