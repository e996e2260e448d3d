package vn.thidua.shared.document;

import java.math.BigInteger;
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

/**
 * The frame of an A4 administrative document as a Word document, with the same words and layout as
 * {@link AdministrativePdf}. Times New Roman, which every office machine in Vietnam has and which
 * covers Vietnamese, as administrative documents require.
 */
public final class AdministrativeDocx {

  public static final String FONT = "Times New Roman";
  public static final int BODY = 13;
  public static final int TWIPS_PER_MM = 57;

  private AdministrativeDocx() {}

  public static void pageSetUp(XWPFDocument document) {
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

  public static void heading(
      XWPFDocument document, Letterhead letterhead, String numberLine, String placeAndDate) {
    XWPFTable table = borderless(document, 1, 2);
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFTableCell right = table.getRow(0).getCell(1);
    width(left, 42);
    width(right, 58);
    XWPFParagraph first = left.getParagraphs().get(0);
    first.setAlignment(ParagraphAlignment.CENTER);
    if (letterhead.superiorBody() != null) {
      run(first, letterhead.superiorBody(), false, false, 12);
      first = centred(left);
    }
    run(first, letterhead.issuingBody(), true, false, 12);
    run(centred(left), "________", false, false, 12);
    run(centred(left), numberLine, false, false, BODY);
    XWPFParagraph nation = right.getParagraphs().get(0);
    nation.setAlignment(ParagraphAlignment.CENTER);
    run(nation, Letterhead.NATION, true, false, 12);
    run(centred(right), Letterhead.MOTTO, true, false, BODY).setUnderline(UnderlinePatterns.SINGLE);
    run(centred(right), "", false, false, BODY);
    run(centred(right), placeAndDate, false, true, BODY);
  }

  public static void signature(XWPFDocument document, Signature signature) {
    XWPFTable table = borderless(document, 1, 2);
    XWPFTableCell left = table.getRow(0).getCell(0);
    XWPFTableCell right = table.getRow(0).getCell(1);
    width(left, 45);
    width(right, 55);
    run(left.getParagraphs().get(0), "Nơi nhận:", true, true, 12);
    for (String recipient : signature.recipients()) {
      run(left.addParagraph(), "- " + recipient, false, false, 11);
    }
    XWPFParagraph organ = right.getParagraphs().get(0);
    organ.setAlignment(ParagraphAlignment.CENTER);
    if (!signature.signsFor().isEmpty()) {
      run(organ, signature.signsFor(), true, false, BODY);
      organ = centred(right);
    }
    run(organ, signature.signerPosition(), true, false, BODY);
    XWPFParagraph space = centred(right);
    for (int i = 0; i < 4; i++) {
      space.createRun().addBreak(BreakType.TEXT_WRAPPING);
    }
    run(centred(right), signature.signerName(), true, false, BODY);
  }

  public static XWPFTable borderless(XWPFDocument document, int rows, int columns) {
    XWPFTable table = document.createTable(rows, columns);
    table.setWidth("100%");
    table.removeBorders();
    return table;
  }

  public static void width(XWPFTableCell cell, int percent) {
    cell.setWidth(percent + "%");
  }

  public static XWPFParagraph centred(XWPFDocument document) {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.setAlignment(ParagraphAlignment.CENTER);
    paragraph.setSpacingAfter(60);
    return paragraph;
  }

  public static XWPFParagraph centred(XWPFTableCell cell) {
    XWPFParagraph paragraph = cell.addParagraph();
    paragraph.setAlignment(ParagraphAlignment.CENTER);
    return paragraph;
  }

  public static XWPFParagraph body(XWPFDocument document) {
    XWPFParagraph paragraph = document.createParagraph();
    paragraph.setAlignment(ParagraphAlignment.BOTH);
    paragraph.setFirstLineIndent(12 * TWIPS_PER_MM);
    paragraph.setSpacingAfter(80);
    return paragraph;
  }

  public static XWPFRun run(
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
