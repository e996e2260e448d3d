package vn.thidua.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.thidua.shared.web.DomainException;

class PhotoRulesTests {

  static void refusedWith(Runnable rule, String key) {
    assertThatThrownBy(rule::run)
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
  }

  @Test
  void readsTheTypeFromTheFirstBytes() {
    byte[] jpeg = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16};
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0};
    assertThat(PhotoRules.aJpegOrPngOfAtMostTwoMegabytes(jpeg)).isEqualTo("image/jpeg");
    assertThat(PhotoRules.aJpegOrPngOfAtMostTwoMegabytes(png)).isEqualTo("image/png");
    refusedWith(
        () -> PhotoRules.aJpegOrPngOfAtMostTwoMegabytes("GIF89a".getBytes()),
        "honourBoard.photo.type");
    refusedWith(
        () -> PhotoRules.aJpegOrPngOfAtMostTwoMegabytes(new byte[] {(byte) 0xFF}),
        "honourBoard.photo.type");
  }

  @Test
  void refusesAPhotoOverTwoMegabytesAndAnOverlongStory() {
    byte[] large = new byte[PhotoRules.MAX_BYTES + 1];
    large[0] = (byte) 0xFF;
    large[1] = (byte) 0xD8;
    large[2] = (byte) 0xFF;
    refusedWith(
        () -> PhotoRules.aJpegOrPngOfAtMostTwoMegabytes(large), "honourBoard.photo.tooLarge");
    refusedWith(
        () -> PhotoRules.aStoryOfReasonableLength("a".repeat(PhotoRules.STORY_MAX + 1)),
        "honourBoard.story.tooLong");
    assertThat(PhotoRules.aStoryOfReasonableLength("  Câu chuyện  ")).isEqualTo("Câu chuyện");
  }
}
