package vn.thidua.decision;

import static vn.thidua.shared.document.AdministrativeDocx.BODY;
import static vn.thidua.shared.document.AdministrativeDocx.body;
import static vn.thidua.shared.document.AdministrativeDocx.centred;
import static vn.thidua.shared.document.AdministrativeDocx.heading;
import static vn.thidua.shared.document.AdministrativeDocx.pageSetUp;
import static vn.thidua.shared.document.AdministrativeDocx.run;
import static vn.thidua.shared.document.AdministrativeDocx.signature;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.springframework.stereotype.Component;

/**
 * The decision as a Word document with the same words and layout as the PDF, for an officer who
 * must adjust the wording before signing on paper.
 */
@Component
class DecisionDocx {

  byte[] write(DecisionText text) {
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      pageSetUp(document);
      if (text.draft()) {
        run(centred(document), DecisionText.DRAFT_MARK, true, false, BODY).setColor("C00000");
      }
      heading(document, text.letterhead(), text.numberLine(), text.placeAndDate());
      run(centred(document), text.title(), true, false, 14);
      run(centred(document), text.subject(), true, false, BODY);
      run(centred(document), "________", false, false, BODY);
      run(centred(document), text.authority(), true, false, BODY);
      for (String basis : text.bases()) {
        run(body(document), basis, false, true, BODY);
      }
      run(centred(document), "QUYẾT ĐỊNH:", true, false, BODY);
      for (String article : text.articles()) {
        int dot = article.indexOf('.');
        XWPFParagraph paragraph = body(document);
        run(paragraph, article.substring(0, dot + 1), true, false, BODY);
        run(paragraph, article.substring(dot + 1), false, false, BODY);
      }
      signature(document, text.signature());
      if (text.hasAnnex()) {
        XWPFParagraph title = centred(document);
        title.setPageBreak(true);
        run(title, text.annexTitle(), true, false, BODY);
        run(centred(document), text.annexReference(), false, true, 12);
        annex(document, text);
      }
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void annex(XWPFDocument document, DecisionText text) {
    List<AwardeeLine> lines = text.decision().awardees();
    XWPFTable table = document.createTable(lines.size() + 1, DecisionText.ANNEX_HEADINGS.size());
    table.setWidth("100%");
    for (int column = 0; column < DecisionText.ANNEX_HEADINGS.size(); column++) {
      XWPFParagraph heading = table.getRow(0).getCell(column).getParagraphs().get(0);
      heading.setAlignment(ParagraphAlignment.CENTER);
      run(heading, DecisionText.ANNEX_HEADINGS.get(column), true, false, 11);
    }
    for (int row = 0; row < lines.size(); row++) {
      List<String> cells = DecisionText.annexRow(lines.get(row));
      for (int column = 0; column < cells.size(); column++) {
        XWPFParagraph paragraph = table.getRow(row + 1).getCell(column).getParagraphs().get(0);
        String[] parts = cells.get(column).split("\n");
        XWPFRun run = run(paragraph, parts[0], false, false, 11);
        for (int i = 1; i < parts.length; i++) {
          run.addBreak();
          run.setText(parts[i]);
        }
      }
    }
  }
}
