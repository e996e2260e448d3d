package vn.thidua.decision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.decision.LetterheadChange;
import vn.thidua.decision.LetterheadChoice;
import vn.thidua.decision.LetterheadChoices;

@RestController
@Tag(name = "Decisions")
class LetterheadApi {

  /** The unit's new choice, with the version it changes (0 while it has none). */
  public record LetterheadUpdate(Integer version, String symbolSuffix, String placeName) {}

  private final LetterheadChoices letterheads;

  LetterheadApi(LetterheadChoices letterheads) {
    this.letterheads = letterheads;
  }

  @GetMapping("/api/decisions/letterheads/{unitId}")
  @Operation(
      summary =
          "The unit's letterhead choice (symbol after \"QĐ-\", place before the date) and the"
              + " defaults used without one")
  LetterheadChoice get(@PathVariable long unitId) {
    return letterheads.of(unitId);
  }

  @PutMapping("/api/decisions/letterheads/{unitId}")
  @Operation(
      summary =
          "Choose the unit's symbol and place (its officer); a blank field goes back to the"
              + " default; later decisions use them")
  LetterheadChoice choose(@PathVariable long unitId, @RequestBody LetterheadUpdate update) {
    return letterheads.choose(
        unitId,
        update.version() == null ? -1 : update.version(),
        new LetterheadChange(update.symbolSuffix(), update.placeName()));
  }
}
