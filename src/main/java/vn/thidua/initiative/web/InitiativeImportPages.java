package vn.thidua.initiative.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.thidua.initiative.InitiativeImports;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.shared.excel.XlsxDownload;
import vn.thidua.shared.imports.ImportPage;
import vn.thidua.shared.imports.ImportStatus;
import vn.thidua.shared.imports.ImportUploads;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Grant;
import vn.thidua.shared.web.Texts;

/**
 * Uploading a workbook of initiatives and following its import. The progress panel polls the job
 * every second while it runs; the job lives in the database, so any instance can answer the poll.
 */
@Controller
@RequestMapping("/initiatives")
class InitiativeImportPages {

  private final InitiativeImports imports;
  private final OrgUnits units;
  private final Texts texts;

  InitiativeImportPages(InitiativeImports imports, OrgUnits units, Texts texts) {
    this.imports = imports;
    this.units = units;
    this.texts = texts;
  }

  @GetMapping("/template.xlsx")
  void template(HttpServletResponse response) throws IOException {
    XlsxDownload.send(response, "mau-nhap-sang-kien.xlsx", imports::writeTemplate);
  }

  @GetMapping("/import")
  String form(@RequestParam(required = false) Long unitId, Model model) {
    return page(unitId, model);
  }

  @PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  String upload(
      @RequestParam long unitId,
      @RequestParam(required = false) MultipartFile file,
      Model model,
      HttpServletResponse response)
      throws IOException {
    return ImportUploads.start(
        file,
        (name, content) -> imports.start(unitId, name, content),
        "/initiatives/import/",
        texts,
        model,
        response,
        () -> page(unitId, model));
  }

  @GetMapping("/import/{jobId}")
  String job(
      @PathVariable UUID jobId,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      Model model) {
    ImportStatus job = imports.status(jobId);
    model.addAttribute("job", job);
    if (htmx != null) {
      model.addAttribute("importPage", importPage(job.unitId()));
      return ImportPage.PROGRESS;
    }
    return page(job.unitId(), model);
  }

  private String page(Long unitId, Model model) {
    model.addAttribute("unitId", unitId);
    model.addAttribute("unitChoices", changeableUnits());
    model.addAttribute("importPage", importPage(unitId));
    return ImportPage.VIEW;
  }

  /** The units of the user's grants where they may change records. */
  private List<UnitSummary> changeableUnits() {
    List<Long> grantUnits =
        CurrentUser.get().stream()
            .flatMap(user -> user.grants().stream())
            .map(Grant::unitId)
            .distinct()
            .filter(units::canChange)
            .toList();
    return units.findAll(grantUnits);
  }

  private static ImportPage importPage(Long unitId) {
    return new ImportPage(
        "import.initiative.title",
        "import.initiative.intro",
        "import.initiative.unit",
        "import.initiative.unitHint",
        "import.initiative.succeeded",
        "import.initiative.viewList",
        "/initiatives",
        "/initiatives/import",
        "/initiatives/template.xlsx",
        "/initiatives/import/",
        "/initiatives");
  }
}
