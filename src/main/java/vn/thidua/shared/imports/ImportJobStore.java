package vn.thidua.shared.imports;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The import_job rows of every kind of import. Each progress update is its own short statement,
 * committed at once, so that every instance polling the job sees it move.
 */
@Component
class ImportJobStore {

  /** The errors kept for a job; a file with more says how many there are in all. */
  static final int KEPT_ERRORS = 500;

  /** A job not heard from for this long was cut short (its instance stopped). */
  static final String STALE_AFTER = "10 minutes";

  record Job(
      UUID id,
      long unitId,
      String createdBy,
      String fileName,
      ImportState state,
      Integer totalRows,
      int processedRows,
      List<ImportProblem> errors,
      int errorCount,
      int importedCount,
      Instant createdAt,
      Instant finishedAt,
      boolean stale) {}

  private final JdbcClient jdbc;
  private final JsonMapper json;

  ImportJobStore(JdbcClient jdbc, JsonMapper json) {
    this.jdbc = jdbc;
    this.json = json;
  }

  void create(UUID id, String kind, long unitId, String createdBy, String fileName) {
    create(id, kind, unitId, createdBy, fileName, null);
  }

  /** A job that builds a file of the given type (null for an import): the clean-up removes it. */
  void create(
      UUID id, String kind, long unitId, String createdBy, String fileName, String resultType) {
    jdbc.sql(
            "insert into import_job (id, kind, unit_id, created_by, file_name, status, result_type)"
                + " values (:id, :kind, :unitId, :createdBy, :fileName, 'QUEUED', :resultType)")
        .param("id", id)
        .param("kind", kind)
        .param("unitId", unitId)
        .param("createdBy", createdBy)
        .param("fileName", fileName)
        .param("resultType", resultType)
        .update();
  }

  void validating(UUID id, int totalRows) {
    jdbc.sql(
            "update import_job set status = 'VALIDATING', total_rows = :total, updated_at = now()"
                + " where id = :id")
        .param("id", id)
        .param("total", totalRows)
        .update();
  }

  void progress(UUID id, int processedRows) {
    jdbc.sql("update import_job set processed_rows = :done, updated_at = now() where id = :id")
        .param("id", id)
        .param("done", processedRows)
        .update();
  }

  void saving(UUID id) {
    jdbc.sql(
            "update import_job set status = 'SAVING', processed_rows = coalesce(total_rows, 0),"
                + " updated_at = now() where id = :id")
        .param("id", id)
        .update();
  }

  void succeeded(UUID id, int imported) {
    finish(id, ImportState.SUCCEEDED, List.of(), imported);
  }

  void rejected(UUID id, List<ImportProblem> problems) {
    finish(id, ImportState.REJECTED, problems, 0);
  }

  void failed(UUID id, ImportProblem problem) {
    finish(id, ImportState.FAILED, List.of(problem), 0);
  }

  private void finish(UUID id, ImportState state, List<ImportProblem> problems, int imported) {
    List<ImportProblem> kept = problems.subList(0, Math.min(problems.size(), KEPT_ERRORS));
    jdbc.sql(
            """
            update import_job
               set status = :status, errors = cast(:errors as jsonb), error_count = :errorCount,
                   imported_count = :imported, updated_at = now(), finished_at = now()
             where id = :id
            """)
        .param("id", id)
        .param("status", state.name())
        .param("errors", json.writeValueAsString(kept))
        .param("errorCount", problems.size())
        .param("imported", imported)
        .update();
  }

  /** A built file's job is done: the file is kept in the row until the clean-up removes it. */
  void produced(UUID id, String fileName, String contentType, byte[] content) {
    jdbc.sql(
            """
            update import_job
               set status = 'SUCCEEDED', file_name = :fileName, result_type = :type,
                   result = :content, processed_rows = coalesce(total_rows, processed_rows),
                   updated_at = now(), finished_at = now()
             where id = :id
            """)
        .param("id", id)
        .param("fileName", fileName)
        .param("type", contentType)
        .param("content", content)
        .update();
  }

  Optional<BuiltFile> result(UUID id, String kind, long unitId) {
    return jdbc.sql(
            "select file_name, result_type, result from import_job"
                + " where id = :id and kind = :kind and unit_id = :unitId and result is not null")
        .param("id", id)
        .param("kind", kind)
        .param("unitId", unitId)
        .query(
            (rs, row) ->
                new BuiltFile(
                    rs.getString("file_name"), rs.getString("result_type"), rs.getBytes("result")))
        .optional();
  }

  /**
   * Removes the builds (done, failed, or cut short) last heard of before the cut-off, files and
   * all.
   */
  int removeBuildsFinishedBefore(Instant cutOff) {
    return jdbc.sql(
            "delete from import_job where result_type is not null"
                + " and coalesce(finished_at, updated_at) < :cutOff")
        .param("cutOff", Timestamp.from(cutOff))
        .update();
  }

  Optional<Job> find(UUID id, String kind) {
    return jdbc.sql(
            "select *, (finished_at is null and updated_at < now() - cast(:stale as interval))"
                + " as stale from import_job where id = :id and kind = :kind")
        .param("id", id)
        .param("kind", kind)
        .param("stale", STALE_AFTER)
        .query(this::job)
        .optional();
  }

  private Job job(ResultSet rs, int row) throws SQLException {
    int total = rs.getInt("total_rows");
    boolean noTotal = rs.wasNull();
    return new Job(
        rs.getObject("id", UUID.class),
        rs.getLong("unit_id"),
        rs.getString("created_by"),
        rs.getString("file_name"),
        ImportState.valueOf(rs.getString("status")),
        noTotal ? null : total,
        rs.getInt("processed_rows"),
        json.readValue(rs.getString("errors"), new TypeReference<List<ImportProblem>>() {}),
        rs.getInt("error_count"),
        rs.getInt("imported_count"),
        instant(rs, "created_at"),
        instant(rs, "finished_at"),
        rs.getBoolean("stale"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime time = rs.getObject(column, OffsetDateTime.class);
    return time == null ? null : time.toInstant();
  }
}
