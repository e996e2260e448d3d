package vn.thidua.shared.imports;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The progress and outcome of a background import, as any instance of the application reads it.
 *
 * @param totalRows the data rows in the file, null until the file has been read
 * @param processedRows the rows checked so far
 * @param errors what is wrong, row by row, in the reader's language (the first few hundred)
 * @param errorCount how many errors there are in all
 */
public record ImportStatus(
    UUID id,
    long unitId,
    String fileName,
    String createdBy,
    ImportState state,
    Integer totalRows,
    int processedRows,
    int importedCount,
    List<String> errors,
    int errorCount,
    Instant createdAt,
    Instant finishedAt) {

  public ImportStatus {
    errors = List.copyOf(errors);
  }

  /** Progress from 0 to 100: checking the rows takes the first 90, saving them the rest. */
  @JsonProperty("percent")
  public int percent() {
    if (state.finished()) {
      return 100;
    }
    if (state == ImportState.SAVING) {
      return 95;
    }
    if (totalRows == null || totalRows == 0) {
      return 0;
    }
    return (int) Math.min(90, 90L * processedRows / totalRows);
  }

  @JsonProperty("finished")
  public boolean finished() {
    return state.finished();
  }
}
