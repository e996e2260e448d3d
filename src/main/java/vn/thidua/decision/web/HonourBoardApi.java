package vn.thidua.decision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.thidua.decision.HonourBoard;
import vn.thidua.decision.HonourBoardChoices;
import vn.thidua.decision.HonourBoardFilter;
import vn.thidua.decision.HonourEntry;
import vn.thidua.decision.HonourProfile;
import vn.thidua.decision.StoryChange;
import vn.thidua.decision.StoryView;
import vn.thidua.shared.web.Paged;

@RestController
@Tag(
    name = "Honour board",
    description =
        "The public board of those honoured by issued decisions, and the stories and photos"
            + " officers enter for them")
class HonourBoardApi {

  private final HonourBoard board;

  HonourBoardApi(HonourBoard board) {
    this.board = board;
  }

  @GetMapping("/api/honour-board")
  @Operation(
      summary = "Those honoured, by unit subtree, year and honour; q without diacritics (public)")
  Paged<HonourEntry> search(
      @RequestParam(defaultValue = "") String q,
      @RequestParam(required = false) Long unitId,
      @RequestParam(required = false) Integer year,
      @RequestParam(required = false) String honour,
      @RequestParam(defaultValue = "0") int page,
      @RequestParam(defaultValue = "24") int size) {
    return board.search(new HonourBoardFilter(q, unitId, year, honour), page, size);
  }

  @GetMapping("/api/honour-board/choices")
  @Operation(summary = "The years, honours and issuing units the board's filters offer (public)")
  HonourBoardChoices choices() {
    return board.choices();
  }

  @GetMapping("/api/honour-board/{lineId}")
  @Operation(summary = "One honoured person or collective with their story (public)")
  HonourProfile profile(@PathVariable long lineId) {
    return board.profile(lineId);
  }

  @GetMapping("/api/honour-board/{lineId}/photo")
  @Operation(summary = "The photo of an honoured person or collective (public)")
  ResponseEntity<byte[]> photo(@PathVariable long lineId) {
    return HonourBoardPages.photoResponse(board.photo(lineId).orElse(null));
  }

  @GetMapping("/api/decisions/{decisionId}/awardees/{lineId}/story")
  @Operation(summary = "An awardee's story as the issuing unit's officer edits it")
  StoryView story(@PathVariable long decisionId, @PathVariable long lineId) {
    return board.story(decisionId, lineId);
  }

  @PostMapping(
      path = "/api/decisions/{decisionId}/awardees/{lineId}/story",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary =
          "Save an awardee's story and photo (JPEG or PNG up to 2 MB) for the honour board; send"
              + " the version when changing one")
  StoryView saveStory(
      @PathVariable long decisionId,
      @PathVariable long lineId,
      @RequestParam(defaultValue = "") String story,
      @RequestParam(required = false) Integer version,
      @RequestParam(defaultValue = "false") boolean removePhoto,
      @RequestPart(name = "photo", required = false) MultipartFile photo) {
    return board.saveStory(
        decisionId, lineId, new StoryChange(story, version, bytes(photo), removePhoto));
  }

  static byte[] bytes(MultipartFile file) {
    if (file == null || file.isEmpty()) {
      return null;
    }
    try {
      return file.getBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
