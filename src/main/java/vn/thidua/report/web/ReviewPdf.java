package vn.thidua.report.web;

import static vn.thidua.shared.document.AdministrativePdf.BODY;
import static vn.thidua.shared.document.AdministrativePdf.body;
import static vn.thidua.shared.document.AdministrativePdf.centred;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.thidua.shared.document.AdministrativePdf;
import vn.thidua.shared.document.PdfFonts;

/**
 * A review as an A4 PDF in the administrative layout; the breakdown by unit below, which is wide,
 * on landscape pages after the signature.
 */
@Component
class ReviewPdf {

  private static final Color HEADER = new Color(0xE8, 0xE8, 0xE8);

  private final AdministrativePdf layout;
  private final PdfFonts fonts;

  ReviewPdf(AdministrativePdf layout) {
    this.layout = layout;
    this.fonts = layout.fonts();
  }

  byte[] write(ReviewDocument text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = layout.open(out, text.title() + " " + text.subject(), text.subject());
    document.add(layout.heading(text.letterhead(), text.numberLine(), text.placeAndDate()));
    document.add(centred(text.title(), fonts.bold(14), 18));
    document.add(centred(text.subject(), fonts.bold(BODY), 2));
    document.add(centred("________", fonts.regular(BODY), 0));
    for (String line : text.introduction()) {
      document.add(body(line, fonts.italic(BODY)));
    }
    for (ReviewDocument.Section section : text.sections()) {
      document.add(heading(section.heading()));
      document.add(table(new float[] {34, 20, 26, 20}, text.figureHeadings(), section.rows(), 10));
    }
    document.add(layout.signature(text.signature()));
    if (!text.breakdownRows().isEmpty()) {
      document.setPageSize(PageSize.A4.rotate());
      document.newPage();
      document.add(heading(text.breakdownTitle()));
      float[] widths = new float[text.breakdownHeadings().size()];
      Arrays.fill(widths, 8);
      widths[0] = 20;
      document.add(table(widths, text.breakdownHeadings(), text.breakdownRows(), 9));
    }
    document.close();
    return out.toByteArray();
  }

  private Paragraph heading(String words) {
    Paragraph paragraph = new Paragraph(words, fonts.bold(BODY));
    paragraph.setSpacingBefore(10);
    paragraph.setSpacingAfter(4);
    return paragraph;
  }

  private PdfPTable table(
      float[] widths, List<String> headings, List<List<String>> rows, float size) {
    PdfPTable table = new PdfPTable(widths);
    table.setWidthPercentage(100);
    table.setHeaderRows(1);
    for (String heading : headings) {
      PdfPCell cell = new PdfPCell(new Phrase(heading, fonts.bold(size)));
      cell.setHorizontalAlignment(Element.ALIGN_CENTER);
      cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
      cell.setBackgroundColor(HEADER);
      cell.setPadding(3);
      table.addCell(cell);
    }
    Font font = fonts.regular(size);
    for (List<String> row : rows) {
      for (int i = 0; i < row.size(); i++) {
        PdfPCell cell = new PdfPCell(new Phrase(row.get(i), font));
        cell.setPadding(3);
        cell.setHorizontalAlignment(i == 0 ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT);
        table.addCell(cell);
      }
    }
    return table;
  }
}
