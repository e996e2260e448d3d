package vn.thidua.shared.pdf;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;

/**
 * The pieces of the Vietnamese administrative layout (Nghị định 30/2020/NĐ-CP) that decisions and
 * council minutes share: the national line and motto, and the heading with the issuing body and
 * number on the left, the national line, place and date on the right.
 */
public final class AdministrativePdf {

  public static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
  public static final String MOTTO = "Độc lập – Tự do – Hạnh phúc";

  /** Points per millimetre, for the layout's margins. */
  public static final float MM = 72f / 25.4f;

  private AdministrativePdf() {}

  /**
   * The heading's two columns.
   *
   * @param superiorBody the body above the issuer, printed over its name; null at the top
   * @param numberLine "Số: 12/QĐ-LĐLĐ", or empty
   */
  public static PdfPTable heading(
      PdfFonts fonts,
      String superiorBody,
      String issuingBody,
      String numberLine,
      String placeAndDate) {
    PdfPTable table = new PdfPTable(new float[] {40, 60});
    table.setWidthPercentage(100);
    PdfPCell left = borderless();
    if (superiorBody != null) {
      left.addElement(centred(superiorBody, fonts.regular(12), 0));
    }
    left.addElement(centred(issuingBody, fonts.bold(12), 0));
    left.addElement(centred("________", fonts.regular(12), 0));
    if (!numberLine.isEmpty()) {
      left.addElement(centred(numberLine, fonts.regular(13), 4));
    }
    PdfPCell right = borderless();
    right.addElement(centred(NATION, fonts.condensedBold(11.5f), 0));
    right.addElement(centred(MOTTO, fonts.underlinedBold(13), 0));
    right.addElement(centred(" ", fonts.regular(8), 0));
    right.addElement(centred(placeAndDate, fonts.italic(13), 10));
    table.addCell(left);
    table.addCell(right);
    return table;
  }

  public static PdfPCell borderless() {
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
}
