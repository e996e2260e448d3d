package vn.thidua.nomination;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.shared.events.EntityChanged;
import vn.thidua.shared.imports.BackgroundImports;
import vn.thidua.shared.imports.ImportProblem;
import vn.thidua.shared.imports.ImportProgress;
import vn.thidua.shared.imports.ImportRejected;
import vn.thidua.shared.imports.ImportStatus;
import vn.thidua.shared.imports.SheetRow;
import vn.thidua.shared.imports.XlsxRows;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.text.SearchText;
import vn.thidua.shared.time.Dates;
import vn.thidua.shared.web.DomainException;

/**
 * Imports nominations on the shared background import runner. Every row is read and checked for its
 * form; then every row is drafted exactly as the nomination form drafts one, in one transaction
 * that is rolled back when any row, in either step, is bad, so that the user sees all the errors of
 * the file at once and nothing is saved.
 */
@Service
class NominationImportService implements NominationImports {

  static final String KIND = "NOMINATION";
  static final String ENTITY = "NominationImport";
  static final String[] HEADERS = {
    "Mã số người lao động", "Mã danh hiệu", "Hạng", "Báo cáo thành tích"
  };
  private static final int PERSON = 0;
  private static final int HONOUR = 1;
  private static final int GRADE = 2;
  private static final int ACHIEVEMENTS = 3;
  private static final int PROGRESS_EVERY_ROWS = 50;
  private static final int TEMPLATE_HELP_LINES = 4;

  private final BackgroundImports imports;
  private final RoundRepository rounds;
  private final NominationRepository nominations;
  private final NominationScope scope;
  private final DossierRules dossierRules;
  private final OrgUnits units;
  private final MessageSource messages;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;
  private final int maxRows;

  NominationImportService(
      BackgroundImports imports,
      RoundRepository rounds,
      NominationRepository nominations,
      NominationScope scope,
      DossierRules dossierRules,
      OrgUnits units,
      MessageSource messages,
      ApplicationEventPublisher events,
      PlatformTransactionManager transactions,
      @Value("${thidua.nominations.import.max-rows:2000}") int maxRows) {
    this.imports = imports;
    this.rounds = rounds;
    this.nominations = nominations;
    this.scope = scope;
    this.dossierRules = dossierRules;
    this.units = units;
    this.messages = messages;
    this.events = events;
    this.transaction = new TransactionTemplate(transactions);
    this.maxRows = maxRows;
  }

  @Override
  public UUID start(long roundId, Long proposingUnitId, String fileName, byte[] content) {
    Round round =
        scope.requireReachable(
            rounds
                .findById(roundId)
                .orElseThrow(() -> DomainException.notFound("nomination.round.notFound", roundId)));
    if (proposingUnitId == null) {
      throw DomainException.invalid("nomination.proposer.missing");
    }
    UnitSummary proposer = units.requireChangeable(proposingUnitId);
    if (proposer.id() == round.unitId() || !units.isWithin(proposer.id(), round.unitId())) {
      throw DomainException.invalid("nomination.proposer.outside", proposer.name());
    }
    if (LocalDate.now(Dates.VIETNAM).isAfter(round.deadline())) {
      throw DomainException.invalid("nomination.deadline.passed", round.deadline());
    }
    String name = BackgroundImports.fileNameOf(fileName);
    try {
      XlsxRows.requireXlsx(name, content);
    } catch (ImportRejected e) {
      ImportProblem problem = e.problems().get(0);
      throw DomainException.invalid(problem.key(), problem.args().toArray());
    }
    return imports.start(
        KIND,
        proposer.id(),
        name,
        (jobId, progress) -> run(jobId, roundId, proposer.id(), name, content, progress));
  }

  @Override
  public ImportStatus status(UUID jobId) {
    return imports.status(KIND, jobId, units::canSee);
  }

  @Override
  public void writeTemplate(OutputStream out) {
    Locale locale = LocaleContextHolder.getLocale();
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      Sheet sheet = book.createSheet("Đề nghị");
      Row header = sheet.createRow(0);
      for (int i = 0; i < HEADERS.length; i++) {
        header.createCell(i).setCellValue(HEADERS[i]);
        sheet.setColumnWidth(i, (i == ACHIEVEMENTS ? 60 : 22) * 256);
      }
      sheet.createFreezePane(0, 1);
      Sheet help = book.createSheet("Hướng dẫn");
      help.setColumnWidth(0, 120 * 256);
      for (int line = 1; line <= TEMPLATE_HELP_LINES; line++) {
        help.createRow(line - 1)
            .createCell(0)
            .setCellValue(messages.getMessage("import.nomination.help." + line, null, "", locale));
      }
      book.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the template", e);
    }
  }

  private int run(
      UUID jobId,
      long roundId,
      long proposerId,
      String fileName,
      byte[] content,
      ImportProgress progress) {
    XlsxRows.Rows rows = XlsxRows.read(content, HEADERS.length, maxRows);
    List<ImportProblem> problems = checkHeader(rows.header());
    if (!problems.isEmpty()) {
      throw new ImportRejected(problems);
    }
    if (rows.data().isEmpty()) {
      throw new ImportRejected(ImportProblem.ofFile("import.noRows"));
    }
    progress.checking(rows.data().size());
    Map<Integer, NominationForm> ready = new LinkedHashMap<>();
    for (int i = 0; i < rows.data().size(); i++) {
      SheetRow row = rows.data().get(i);
      List<ImportProblem> rowProblems = new ArrayList<>();
      NominationForm form = form(roundId, proposerId, row, rowProblems);
      problems.addAll(rowProblems);
      if (rowProblems.isEmpty()) {
        ready.put(row.number(), form);
      }
      if ((i + 1) % PROGRESS_EVERY_ROWS == 0) {
        progress.checked(i + 1);
      }
    }
    progress.checked(rows.data().size());
    progress.saving();
    Integer saved =
        transaction.execute(
            status -> {
              Round round = rounds.findById(roundId).orElseThrow();
              UnitSummary proposer = units.requireChangeable(proposerId);
              int count = 0;
              for (Map.Entry<Integer, NominationForm> row : ready.entrySet()) {
                try {
                  Nomination nomination =
                      dossierRules.draft(round, proposer, row.getValue(), CurrentUser.name());
                  nominations.saveAndFlush(nomination);
                  events.publishEvent(
                      EntityChanged.created(
                          NominationService.NOMINATION,
                          nomination.id(),
                          proposer.id(),
                          nomination.snapshot()));
                  count++;
                } catch (DomainException e) {
                  problems.add(problem(row.getKey(), e));
                }
              }
              if (!problems.isEmpty()) {
                status.setRollbackOnly();
                return null;
              }
              events.publishEvent(
                  EntityChanged.action(
                      ENTITY,
                      jobId,
                      "IMPORT",
                      proposer.id(),
                      null,
                      Map.of("roundId", roundId, "fileName", fileName, "imported", count)));
              return count;
            });
    if (saved == null) {
      problems.sort(Comparator.comparingInt(ImportProblem::row));
      throw new ImportRejected(problems);
    }
    return saved;
  }

  private static List<ImportProblem> checkHeader(SheetRow header) {
    List<ImportProblem> problems = new ArrayList<>();
    for (int i = 0; i < HEADERS.length; i++) {
      if (!SearchText.fold(header.cell(i)).equals(SearchText.fold(HEADERS[i]))) {
        problems.add(
            ImportProblem.ofFile(
                "import.nomination.badHeader", XlsxRows.columnLetter(i), HEADERS[i]));
      }
    }
    return problems;
  }

  /** The row as a nomination form, or null with the problems of its cells. */
  private static NominationForm form(
      long roundId, long proposerId, SheetRow row, List<ImportProblem> problems) {
    Long person = whole(row.cell(PERSON));
    if (person == null) {
      problems.add(cell(row.number(), PERSON, "import.nomination.person", row.cell(PERSON)));
    }
    if (row.cell(HONOUR).isBlank()) {
      problems.add(cell(row.number(), HONOUR, "nomination.honour.missing"));
    }
    Long grade = whole(row.cell(GRADE));
    if (!row.cell(GRADE).isBlank() && (grade == null || grade < 1 || grade > 9)) {
      problems.add(cell(row.number(), GRADE, "import.nomination.grade", row.cell(GRADE)));
    }
    if (row.cell(ACHIEVEMENTS).isBlank()) {
      problems.add(cell(row.number(), ACHIEVEMENTS, "import.nomination.achievements"));
    }
    if (!problems.isEmpty()) {
      return null;
    }
    return new NominationForm(
        roundId,
        proposerId,
        NomineeKind.INDIVIDUAL,
        person,
        null,
        row.cell(HONOUR),
        grade == null ? null : grade.intValue(),
        row.cell(ACHIEVEMENTS),
        null,
        null,
        null);
  }

  /** A refusal of the drafting, put in the column it is about (the whole row otherwise). */
  private static ImportProblem problem(int row, DomainException e) {
    String key = e.messageKey();
    Object[] args = e.args();
    if (key.startsWith("nomination.nominee.") || key.equals("nomination.duplicate")) {
      return cell(row, PERSON, key, args);
    }
    if (key.equals("nomination.honour.grade") || key.equals("nomination.honour.notInRound")) {
      return cell(row, GRADE, key, args);
    }
    if (key.startsWith("nomination.honour.") || key.startsWith("nomination.rule.suits")) {
      return cell(row, HONOUR, key, args);
    }
    if (key.equals("nomination.achievements")) {
      return cell(row, ACHIEVEMENTS, key, args);
    }
    return ImportProblem.ofRow(row, key, args);
  }

  private static ImportProblem cell(int row, int column, String key, Object... args) {
    return ImportProblem.ofCell(row, HEADERS[column], key, args);
  }

  private static Long whole(String text) {
    try {
      return Long.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
