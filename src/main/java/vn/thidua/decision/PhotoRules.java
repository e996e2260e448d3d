package vn.thidua.decision;

import vn.thidua.shared.web.DomainException;

/**
 * A photo for the board must be a JPEG or PNG of at most 2 MB. The type is read from the file's
 * first bytes, not from its name or the browser's word.
 */
final class PhotoRules {

  static final int MAX_BYTES = 2 * 1024 * 1024;
  static final int STORY_MAX = 20_000;

  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

  private PhotoRules() {}

  /** The photo's content type, or a refusal. */
  static String aJpegOrPngOfAtMostTwoMegabytes(byte[] photo) {
    if (photo.length > MAX_BYTES) {
      throw DomainException.invalid("honourBoard.photo.tooLarge", MAX_BYTES / (1024 * 1024));
    }
    if (startsWith(photo, JPEG)) {
      return "image/jpeg";
    }
    if (startsWith(photo, PNG)) {
      return "image/png";
    }
    throw DomainException.invalid("honourBoard.photo.type");
  }

  static String aStoryOfReasonableLength(String story) {
    String clean = story == null ? "" : story.strip();
    if (clean.length() > STORY_MAX) {
      throw DomainException.invalid("honourBoard.story.tooLong", STORY_MAX);
    }
    return clean;
  }

  private static boolean startsWith(byte[] content, byte[] magic) {
    if (content.length < magic.length) {
      return false;
    }
    for (int i = 0; i < magic.length; i++) {
      if (content[i] != magic[i]) {
        return false;
      }
    }
    return true;
  }
}
