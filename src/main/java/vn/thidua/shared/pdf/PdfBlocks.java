package vn.thidua.shared.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/**
 * The pieces of a Vietnamese administrative document in PDF: the national line and motto, centred
 * and left-aligned lines, borderless layout cells, and the heading with the issuing body on the
 * left and the national line, motto, place and date on the right.
 */
public final class PdfBlocks {

  public static final float MM = 72f / 25.4f;
  public static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  public static final String MOTTO = "Độc lập – Tự do – Hạnh phúc";

  private PdfBlocks() {}

  /**
   * The two-column heading: above the rule on the left the superior body (may be null) and the
   * issuing body, below it {@code leftLine} (a number, or null); on the right the national line,
   * the motto and the place and date.
   */
  public static PdfPTable heading(
      PdfFonts fonts,
      String superiorBody,
      String issuingBody,
      String leftLine,
      String placeAndDate,
      float size) {
    PdfPTable table = new PdfPTable(new float[] {40, 60});
    table.setWidthPercentage(100);
    PdfPCell left = cell();
    if (superiorBody != null) {
      left.addElement(centred(superiorBody, fonts.regular(12), 0));
    }
    left.addElement(centred(issuingBody, fonts.bold(12), 0));
    left.addElement(centred("________", fonts.regular(12), 0));
    if (leftLine != null) {
      left.addElement(centred(leftLine, fonts.regular(size), 4));
    }
    PdfPCell right = cell();
    right.addElement(centred(NATION, fonts.condensedBold(11.5f), 0));
    right.addElement(centred(MOTTO, fonts.underlinedBold(size), 0));
    right.addElement(centred(" ", fonts.regular(8), 0));
    right.addElement(centred(placeAndDate, fonts.italic(size), 10));
    table.addCell(left);
    table.addCell(right);
    return table;
  }

  /** A cell without border or padding, for laying out columns. */
  public static PdfPCell cell() {
    PdfPCell cell = new PdfPCell();
    cell.setBorder(Rectangle.NO_BORDER);
    cell.setPadding(0);
    return cell;
  }

  public static Paragraph centred(String text, Font font, float spacingBefore) {
    Paragraph paragraph = new Paragraph(text, font);
    paragraph.setAlignment(Element.ALIGN_CENTER);
    paragraph.setSpacingBefore(spacingBefore);
    paragraph.setLeading(font.getSize() * 1.25f);
    return paragraph;
  }

  public static Paragraph leftAligned(String text, Font font) {
    Paragraph paragraph = new Paragraph(text, font);
    paragraph.setLeading(font.getSize() * 1.3f);
    return paragraph;
  }
}
