package vn.thidua.people.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
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
import vn.thidua.people.PersonImports;
import vn.thidua.shared.imports.ImportPage;
import vn.thidua.shared.imports.ImportStatus;
import vn.thidua.shared.imports.ImportUploads;
import vn.thidua.shared.web.Texts;

/**
 * Uploading a workbook and following its import. The progress panel polls the job every second
 * while it runs; the job lives in the database, so any instance can answer the poll.
 */
@Controller
@RequestMapping("/people/import")
class PeopleImportPages {

  private final PersonImports imports;
  private final UnitChoices choices;
  private final Texts texts;

  PeopleImportPages(PersonImports imports, UnitChoices choices, Texts texts) {
    this.imports = imports;
    this.choices = choices;
    this.texts = texts;
  }

  @GetMapping
  String form(@RequestParam(required = false) Long unitId, Model model) {
    return page(unitId, model);
  }

  @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  String upload(
      @RequestParam long unitId,
      @RequestParam(required = false) MultipartFile file,
      Model model,
      HttpServletResponse response)
      throws IOException {
    return ImportUploads.start(
        file,
        (name, content) -> imports.start(unitId, name, content),
        "/people/import/",
        texts,
        model,
        response,
        () -> page(unitId, model));
  }

  @GetMapping("/{jobId}")
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
    model.addAttribute("unitChoices", choices.changeable(unitId));
    model.addAttribute("importPage", importPage(unitId));
    return ImportPage.VIEW;
  }

  private static ImportPage importPage(Long unitId) {
    String list = unitId == null ? "/people" : "/people?unitId=" + unitId;
    return new ImportPage(
        "people.import.title",
        "people.import.intro",
        "people.import.unit",
        "people.import.unitHint",
        "people.import.succeeded",
        "people.import.viewList",
        list,
        "/people/import",
        "/people/template.xlsx",
        "/people/import/",
        list);
  }
}
