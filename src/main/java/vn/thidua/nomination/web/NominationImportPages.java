package vn.thidua.nomination.web;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.thidua.nomination.NominationImports;
import vn.thidua.nomination.Nominations;
import vn.thidua.nomination.RoundView;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.shared.excel.XlsxDownload;
import vn.thidua.shared.imports.ImportPage;
import vn.thidua.shared.imports.ImportStatus;
import vn.thidua.shared.imports.ImportUploads;
import vn.thidua.shared.web.Texts;

/**
 * Uploading a workbook of nominations into a round and following its import on the shared import
 * page. The progress panel polls the job every second while it runs.
 */
@Controller
class NominationImportPages {

  private final NominationImports imports;
  private final Nominations nominations;
  private final OrgUnits units;
  private final Texts texts;

  NominationImportPages(
      NominationImports imports, Nominations nominations, OrgUnits units, Texts texts) {
    this.imports = imports;
    this.nominations = nominations;
    this.units = units;
    this.texts = texts;
  }

  @GetMapping("/nominations/template.xlsx")
  void template(HttpServletResponse response) throws IOException {
    XlsxDownload.send(response, "mau-nhap-de-nghi.xlsx", imports::writeTemplate);
  }

  @GetMapping("/nominations/rounds/{nominationRoundId}/import")
  String form(
      @PathVariable long nominationRoundId,
      @RequestParam(required = false) Long unitId,
      Model model) {
    return page(nominations.round(nominationRoundId), unitId, model);
  }

  @PostMapping(
      value = "/nominations/rounds/{nominationRoundId}/import",
      consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
  String upload(
      @PathVariable long nominationRoundId,
      @RequestParam(required = false) Long unitId,
      @RequestParam(required = false) MultipartFile file,
      Model model,
      HttpServletResponse response)
      throws IOException {
    RoundView round = nominations.round(nominationRoundId);
    return ImportUploads.start(
        file,
        (name, content) -> imports.start(round.id(), unitId, name, content),
        "/nominations/rounds/" + round.id() + "/import/",
        texts,
        model,
        response,
        () -> page(round, unitId, model));
  }

  @GetMapping("/nominations/rounds/{nominationRoundId}/import/{jobId}")
  String job(
      @PathVariable long nominationRoundId,
      @PathVariable UUID jobId,
      @RequestHeader(value = "HX-Request", required = false) String htmx,
      Model model) {
    RoundView round = nominations.round(nominationRoundId);
    ImportStatus job = imports.status(jobId);
    model.addAttribute("job", job);
    if (htmx != null) {
      model.addAttribute("importPage", importPage(round, job.unitId()));
      return ImportPage.PROGRESS;
    }
    return page(round, job.unitId(), model);
  }

  private String page(RoundView round, Long unitId, Model model) {
    List<UnitSummary> proposers = proposingUnits(round);
    Long chosen = unitId != null ? unitId : proposers.isEmpty() ? null : proposers.get(0).id();
    model.addAttribute("unitId", chosen);
    model.addAttribute("unitChoices", proposers);
    model.addAttribute("importPage", importPage(round, chosen));
    return ImportPage.VIEW;
  }

  private static ImportPage importPage(RoundView round, Long unitId) {
    String board = "/nominations/rounds/" + round.id();
    return new ImportPage(
        "nomination.import.title",
        "nomination.import.intro",
        "nomination.import.unit",
        "nomination.import.unitHint",
        "nomination.import.succeeded",
        "nomination.import.viewList",
        unitId == null ? board : board + "/bulk-new?unitId=" + unitId,
        board + "/import",
        "/nominations/template.xlsx",
        board + "/import/",
        board + "?state=DRAFT");
  }

  private List<UnitSummary> proposingUnits(RoundView round) {
    return ProposingUnits.of(units, round);
  }
}
