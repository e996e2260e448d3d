package vn.thidua.decision;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.UnderlinePatterns;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.springframework.stereotype.Component;
import vn.thidua.shared.pdf.AdministrativePdf;

/**
 * The decision as a Word document with the same words and layout as the PDF, for an officer who
 * must adjust the wording before signing on paper. Times New Roman, which every office machine in
 * Vietnam has and which covers Vietnamese, as administrative documents require.
 */
@Component
class DecisionDocx {

  private static final String FONT = "Times New Roman";
  private static final int BODY = 13;
  private static final int TWIPS_PER_MM = 57;

  byte[] write(DecisionText text) {
    try (XWPFDocument document = new XWPFDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      pageSetUp(document);
      if (text.draft()) {
        run(centred(document), DecisionText.DRAFT_MARK, true, false, BODY).setColor("C00000");
      }
      heading(document, text);
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
      signature(document, text);
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

  private static void pageSetUp(XWPFDocument document) {
    CTSectPr section = document.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.addNewPgSz();
    size.setW(BigInteger.valueOf(11906));
    size.setH(BigInteger.valueOf(16838));
    CTPageMar margins = section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(20L * TWIPS_PER_MM));
    margins.setBottom(BigInteger.valueOf(20L * TWIPS_PER_MM));
    margins.setLeft(BigInteger.valueOf(30L * TWIPS_PER_MM));
    margins.setRight(BigInteger.valueOf(15L * TWIPS_PER_MM));
  }

  private static void heading(XWPFDocument document, DecisionText text) {
    XWPFTable table = borderless(document, 1, 2);
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFTableCell right = table.getRow(0).getCell(1);
    width(left, 42);
    width(right, 58);
    XWPFParagraph first = left.getParagraphs().get(0);
    first.setAlignment(ParagraphAlignment.CENTER);
    if (text.letterhead().superiorBody() != null) {
      run(first, text.letterhead().superiorBody(), false, false, 12);
      first = centred(left);
    }
    run(first, text.letterhead().issuingBody(), true, false, 12);
    run(centred(left), "________", false, false, 12);
    run(centred(left), text.numberLine(), false, false, BODY);
    XWPFParagraph nation = right.getParagraphs().get(0);
    nation.setAlignment(ParagraphAlignment.CENTER);
    run(nation, AdministrativePdf.NATION, true, false, 12);
    run(centred(right), AdministrativePdf.MOTTO, true, false, BODY)
        .setUnderline(UnderlinePatterns.SINGLE);
    run(centred(right), "", false, false, BODY);
    run(centred(right), text.placeAndDate(), false, true, BODY);
  }

  private static void signature(XWPFDocument document, DecisionText text) {
    XWPFTable table = borderless(document, 1, 2);
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFTableCell right = table.getRow(0).getCell(1);
    width(left, 45);
    width(right, 55);
    XWPFParagraph to = left.getParagraphs().get(0);
    XWPFRun toRun = run(to, "Nơi nhận:", true, true, 12);
    toRun.setBold(true);
    for (String recipient : text.recipients()) {
      run(left.addParagraph(), "- " + recipient, false, false, 11);
    }
    XWPFParagraph organ = right.getParagraphs().get(0);
    organ.setAlignment(ParagraphAlignment.CENTER);
    if (!text.signsFor().isEmpty()) {
      run(organ, text.signsFor(), true, false, BODY);
      organ = centred(right);
    }
    run(organ, text.signerPosition(), true, false, BODY);
    XWPFParagraph space = centred(right);
    for (int i = 0; i < 4; i++) {
      space.createRun().addBreak(BreakType.TEXT_WRAPPING);
    }
    run(centred(right), text.signerName(), true, false, BODY);
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

  private static XWPFTable borderless(XWPFDocument document, int rows, int columns) {
    XWPFTable table = document.createTable(rows, columns);
    table.setWidth("100%");
    table.removeBorders();
    return table;
  }

  private static void width(XWPFTableCell cell, int percent) {
    cell.setWidth(percent + "%");
  }

  private static XWPFParagraph centred(XWPFDocument document) {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.setAlignment(ParagraphAlignment.CENTER);
    paragraph.setSpacingAfter(60);
    return paragraph;
  }

  private static XWPFParagraph centred(XWPFTableCell cell) {
    XWPFParagraph paragraph = cell.addParagraph();
    paragraph.setAlignment(ParagraphAlignment.CENTER);
    return paragraph;
  }

  private static XWPFParagraph body(XWPFDocument document) {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.setAlignment(ParagraphAlignment.BOTH);
    paragraph.setFirstLineIndent(12 * TWIPS_PER_MM);
    paragraph.setSpacingAfter(80);
    return paragraph;
  }

  private static XWPFRun run(
      XWPFParagraph paragraph, String text, boolean bold, boolean italic, int size) {
    XWPFRun run = paragraph.createRun();
    run.setFontFamily(FONT);
    run.setFontSize(size);
    run.setBold(bold);
    run.setItalic(italic);
    run.setText(text);
    return run;
  }
}
