package vn.thidua.shared.imports;

import java.net.URI;
import java.util.UUID;
import org.springframework.http.ResponseEntity;

/** The API's answer to an upload: where to follow the import that has started. */
public record ImportStarted(UUID id, String statusUrl) {

  /** 202 Accepted with the job's status address ({@code statusBase} followed by its id). */
  public static ResponseEntity<ImportStarted> accepted(UUID id, String statusBase) {
    URI status = URI.create(statusBase + id);
    return ResponseEntity.accepted()
        .location(status)
        .body(new ImportStarted(id, status.toString()));
  }
}
