package vn.thidua.report.web;

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
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.springframework.stereotype.Component;

/**
 * A review as a Word document with the same words as the PDF, for an officer who adds the account
 * of the work and the tasks ahead before signing.
 */
@Component
class ReviewDocx {

  byte[] write(ReviewDocument text) {
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      pageSetUp(document);
      heading(document, text.letterhead(), text.numberLine(), text.placeAndDate());
      run(centred(document), text.title(), true, false, 14);
      run(centred(document), text.subject(), true, false, BODY);
      run(centred(document), "________", false, false, BODY);
      for (String line : text.introduction()) {
        run(body(document), line, false, true, BODY);
      }
      for (ReviewDocument.Section section : text.sections()) {
        run(document.createParagraph(), section.heading(), true, false, BODY);
        table(document, text.figureHeadings(), section.rows(), 11);
      }
      if (!text.breakdownRows().isEmpty()) {
        run(document.createParagraph(), text.breakdownTitle(), true, false, BODY);
        table(document, text.breakdownHeadings(), text.breakdownRows(), 8);
      }
      signature(document, text.signature());
      document.write(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void table(
      XWPFDocument document, List<String> headings, List<List<String>> rows, int size) {
    XWPFTable table = document.createTable(rows.size() + 1, headings.size());
    table.setWidth("100%");
    for (int column = 0; column < headings.size(); column++) {
      XWPFParagraph heading = table.getRow(0).getCell(column).getParagraphs().get(0);
      heading.setAlignment(ParagraphAlignment.CENTER);
      run(heading, headings.get(column), true, false, size);
    }
    for (int row = 0; row < rows.size(); row++) {
      List<String> cells = rows.get(row);
      for (int column = 0; column < cells.size(); column++) {
        XWPFParagraph paragraph = table.getRow(row + 1).getCell(column).getParagraphs().get(0);
        paragraph.setAlignment(column == 0 ? ParagraphAlignment.LEFT : ParagraphAlignment.RIGHT);
        run(paragraph, cells.get(column), false, false, size);
      }
    }
  }
}
