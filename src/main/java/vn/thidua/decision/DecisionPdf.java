package vn.thidua.decision;

import static vn.thidua.shared.pdf.PdfBlocks.MM;
import static vn.thidua.shared.pdf.PdfBlocks.cell;
import static vn.thidua.shared.pdf.PdfBlocks.centred;
import static vn.thidua.shared.pdf.PdfBlocks.leftAligned;

import com.lowagie.text.Chunk;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.thidua.shared.pdf.PdfBlocks;
import vn.thidua.shared.pdf.PdfFonts;

/**
 * The decision as an A4 PDF in the layout of Vietnamese administrative documents: issuer and number
 * on the left, the national line and place and date on the right, the title, bases, articles,
 * recipients and signature block, then the annexed list of awardees.
 */
@Component
class DecisionPdf {

  private static final float BODY = 13f;

  private final PdfFonts fonts;

  DecisionPdf(PdfFonts fonts) {
    this.fonts = fonts;
  }

  byte[] write(DecisionText text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = new Document(PageSize.A4, 30 * MM, 15 * MM, 20 * MM, 20 * MM);
    PdfWriter.getInstance(document, out);
    document.addTitle(text.title() + " " + text.decision().symbol());
    document.addSubject(text.subject());
    document.addCreator("ThiĐua");
    document.open();
    if (text.draft()) {
      document.add(
          centred(DecisionText.DRAFT_MARK, fonts.coloured(fonts.bold(BODY), Color.RED), 0));
    }
    document.add(
        PdfBlocks.heading(
            fonts,
            text.letterhead().superiorBody(),
            text.letterhead().issuingBody(),
            text.numberLine(),
            text.placeAndDate(),
            BODY));
    document.add(centred(text.title(), fonts.bold(14), 18));
    document.add(centred(text.subject(), fonts.bold(BODY), 2));
    document.add(centred("________", fonts.regular(BODY), 0));
    document.add(centred(text.authority(), fonts.bold(BODY), 12));
    for (String basis : text.bases()) {
      document.add(body(basis, fonts.italic(BODY)));
    }
    document.add(centred("QUYẾT ĐỊNH:", fonts.bold(BODY), 10));
    for (String article : text.articles()) {
      int dot = article.indexOf('.');
      Paragraph paragraph = body("", fonts.regular(BODY));
      paragraph.add(new Chunk(article.substring(0, dot + 1), fonts.bold(BODY)));
      paragraph.add(new Chunk(article.substring(dot + 1), fonts.regular(BODY)));
      document.add(paragraph);
    }
    document.add(signature(text));
    if (text.hasAnnex()) {
      document.newPage();
      document.add(centred(text.annexTitle(), fonts.bold(BODY), 0));
      document.add(centred(text.annexReference(), fonts.italic(12), 2));
      document.add(annex(text));
    }
    document.close();
    return out.toByteArray();
  }

  private PdfPTable signature(DecisionText text) {
    PdfPTable table = new PdfPTable(new float[] {45, 55});
    table.setWidthPercentage(100);
    table.setSpacingBefore(14);
    table.setKeepTogether(true);
    PdfPCell left = cell();
    left.addElement(leftAligned("Nơi nhận:", fonts.boldItalic(12)));
    for (String recipient : text.recipients()) {
      left.addElement(leftAligned("- " + recipient, fonts.regular(11)));
    }
    PdfPCell right = cell();
    if (!text.signsFor().isEmpty()) {
      right.addElement(centred(text.signsFor(), fonts.bold(BODY), 0));
    }
    right.addElement(centred(text.signerPosition(), fonts.bold(BODY), 0));
    right.addElement(centred(" ", fonts.regular(BODY), 56));
    right.addElement(centred(text.signerName(), fonts.bold(BODY), 0));
    table.addCell(left);
    table.addCell(right);
    return table;
  }

  private PdfPTable annex(DecisionText text) {
    PdfPTable table = new PdfPTable(new float[] {7, 27, 24, 20, 22});
    table.setWidthPercentage(100);
    table.setSpacingBefore(10);
    table.setHeaderRows(1);
    for (String heading : DecisionText.ANNEX_HEADINGS) {
      PdfPCell cell = new PdfPCell(new Phrase(heading, fonts.bold(11)));
      cell.setHorizontalAlignment(Element.ALIGN_CENTER);
      cell.setPadding(4);
      table.addCell(cell);
    }
    for (AwardeeLine line : text.decision().awardees()) {
      List<String> row = DecisionText.annexRow(line);
      for (int i = 0; i < row.size(); i++) {
        PdfPCell cell = new PdfPCell(new Phrase(row.get(i), fonts.regular(11)));
        cell.setPadding(4);
        if (i == 0) {
          cell.setHorizontalAlignment(Element.ALIGN_CENTER);
        }
        table.addCell(cell);
      }
    }
    return table;
  }

  private static Paragraph body(String text, Font font) {
    Paragraph paragraph = new Paragraph(text, font);
    paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
    paragraph.setFirstLineIndent(12 * MM);
    paragraph.setLeading(BODY * 1.35f);
    paragraph.setSpacingBefore(4);
    return paragraph;
  }
}
