package vn.thidua.people.web;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.thidua.people.PersonImports;
import vn.thidua.shared.excel.XlsxDownload;
import vn.thidua.shared.imports.ImportStarted;
import vn.thidua.shared.imports.ImportStatus;

@RestController
@RequestMapping("/api/people")
@Tag(name = "People")
class PeopleImportApi {

  private final PersonImports imports;

  PeopleImportApi(PersonImports imports) {
    this.imports = imports;
  }

  @GetMapping("/template.xlsx")
  @Operation(
      summary = "The import template",
      description = "An .xlsx workbook with the Vietnamese headers, an example row and help.")
  void template(HttpServletResponse response) throws IOException {
    XlsxDownload.send(response, "mau-nhap-nguoi-lao-dong.xlsx", imports::writeTemplate);
  }

  @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  @Operation(
      summary = "Import workers from a filled template",
      description =
          "202 with the job id; the import runs in the background. Every row is checked first,"
              + " then all rows are saved in one transaction, or none when any row is bad. 422 at"
              + " once for a file that is not .xlsx.")
  ResponseEntity<ImportStarted> start(
      @RequestParam long unitId, @RequestPart("file") MultipartFile file) throws IOException {
    UUID id = imports.start(unitId, file.getOriginalFilename(), file.getBytes());
    return ImportStarted.accepted(id, "/api/people/import/");
  }

  @GetMapping("/import/{jobId}")
  @Operation(
      summary = "Progress and outcome of an import",
      description = "state, rows checked of the total, and the errors row by row when rejected.")
  ImportStatus status(@PathVariable UUID jobId) {
    return imports.status(jobId);
  }
}
