package vn.thidua.nomination.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.thidua.nomination.NominationImports;
import vn.thidua.shared.excel.XlsxDownload;
import vn.thidua.shared.imports.ImportStarted;
import vn.thidua.shared.imports.ImportStatus;

@RestController
@Tag(name = "Nominations")
class NominationImportApi {

  private final NominationImports imports;

  NominationImportApi(NominationImports imports) {
    this.imports = imports;
  }

  @GetMapping("/api/nominations/template.xlsx")
  @Operation(
      summary = "The nomination import template",
      description =
          "An .xlsx workbook with the Vietnamese headers, and the help on a second sheet.")
  void template(HttpServletResponse response) throws IOException {
    XlsxDownload.send(response, "mau-nhap-de-nghi.xlsx", imports::writeTemplate);
  }

  @PostMapping(
      value = "/api/nomination-rounds/{nominationRoundId}/import",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Import nominations from a filled template",
      description =
          "202 with the job id; the import runs in the background. Columns: worker's number,"
              + " honour code, grade, achievement report; drafted for unitId, which proposes into"
              + " the round. Every row is checked, then all are drafted in one transaction, or none"
              + " when any row is bad. 422 at once for a file that is not .xlsx.")
  ResponseEntity<ImportStarted> start(
      @PathVariable long nominationRoundId,
      @RequestParam(required = false) Long unitId,
      @RequestPart("file") MultipartFile file)
      throws IOException {
    UUID id = imports.start(nominationRoundId, unitId, file.getOriginalFilename(), file.getBytes());
    return ImportStarted.accepted(
        id, "/api/nomination-rounds/%d/import/".formatted(nominationRoundId));
  }

  @GetMapping("/api/nomination-rounds/{nominationRoundId}/import/{jobId}")
  @Operation(
      summary = "Progress and outcome of a nomination import",
      description = "state, rows checked of the total, and the errors by row and column.")
  ImportStatus status(@PathVariable long nominationRoundId, @PathVariable UUID jobId) {
    return imports.status(jobId);
  }
}
