package vn.thidua.attachment;

import java.time.Instant;

/**
 * What is known of a stored file, without its content.
 *
 * @param fileName the name as uploaded, made safe to show and to offer as a download name
 * @param contentType the type recognised from the content (not the one the browser declared)
 * @param size the size in bytes
 * @param sha256 the SHA-256 of the content, hexadecimal
 */
public record AttachmentRef(
    long id,
    String fileName,
    String contentType,
    long size,
    String sha256,
    String uploadedBy,
    Instant uploadedAt,
    long ownerUnitId) {

  /** Images may be shown in the page; everything else is only ever downloaded. */
  public boolean image() {
    return FileType.fromContentType(contentType).map(FileType::image).orElse(false);
  }

  /** The size in kilobytes, rounded up, for lists. */
  public long kilobytes() {
    return (size + 1023) / 1024;
  }
}
