package vn.thidua.attachment;

import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.CacheControl;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The response that sends a stored file, for the controllers of the modules that own files. The
 * browser is told the type and not to guess another ({@code nosniff}); only images may show in the
 * page, anything else is a download under its UTF-8 name; and a sandbox policy keeps a file opened
 * on its own from running script in the application's origin.
 */
public final class AttachmentDownload {

  private AttachmentDownload() {}

  public static ResponseEntity<InputStreamResource> of(StoredFile file) {
    AttachmentRef ref = file.ref();
    ContentDisposition.Builder disposition =
        ref.image() ? ContentDisposition.inline() : ContentDisposition.attachment();
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType(ref.contentType()))
        .contentLength(ref.size())
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            disposition.filename(ref.fileName(), StandardCharsets.UTF_8).build().toString())
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "default-src 'none'; sandbox")
        .cacheControl(CacheControl.noCache().cachePrivate())
        .body(new InputStreamResource(file.content()));
  }
}
