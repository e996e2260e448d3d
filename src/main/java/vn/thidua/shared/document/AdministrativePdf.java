package vn.thidua.shared.document;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.io.OutputStream;
import org.springframework.stereotype.Component;

/**
 * The frame of an A4 administrative document as a PDF: margins, the heading (issuer and number on
 * the left, the national motto and place and date on the right), the signature block, and the
 * paragraph styles of the body, in the embedded DejaVu font.
 */
@Component
public class AdministrativePdf {

  public static final float MM = 72f / 25.4f;
  public static final float BODY = 13f;

  private final PdfFonts fonts;

  AdministrativePdf(PdfFonts fonts) {
    this.fonts = fonts;
  }

  public PdfFonts fonts() {
    return fonts;
  }

  /** An open A4 portrait document writing to {@code out}, with the layout's margins. */
  public Document open(OutputStream out, String title, String subject) {
    Document document = new Document(PageSize.A4, 30 * MM, 15 * MM, 20 * MM, 20 * MM);
    PdfWriter.getInstance(document, out);
    document.addTitle(title);
    document.addSubject(subject);
    document.addCreator("ThiĐua");
    document.open();
    return document;
  }

  public PdfPTable heading(Letterhead letterhead, String numberLine, String placeAndDate) {
    PdfPTable table = new PdfPTable(new float[] {40, 60});
    table.setWidthPercentage(100);
    PdfPCell left = borderless();
    if (letterhead.superiorBody() != null) {
      left.addElement(centred(letterhead.superiorBody(), fonts.regular(12), 0));
    }
    left.addElement(centred(letterhead.issuingBody(), fonts.bold(12), 0));
    left.addElement(centred("________", fonts.regular(12), 0));
    left.addElement(centred(numberLine, fonts.regular(BODY), 4));
    PdfPCell right = borderless();
    right.addElement(centred(Letterhead.NATION, fonts.condensedBold(11.5f), 0));
    right.addElement(centred(Letterhead.MOTTO, fonts.underlinedBold(BODY), 0));
    right.addElement(centred(" ", fonts.regular(8), 0));
    right.addElement(centred(placeAndDate, fonts.italic(BODY), 10));
    table.addCell(left);
    table.addCell(right);
    return table;
  }

  public PdfPTable signature(Signature signature) {
    PdfPTable table = new PdfPTable(new float[] {45, 55});
    table.setWidthPercentage(100);
    table.setSpacingBefore(14);
    table.setKeepTogether(true);
    PdfPCell left = borderless();
    left.addElement(leftAligned("Nơi nhận:", fonts.boldItalic(12)));
    for (String recipient : signature.recipients()) {
      left.addElement(leftAligned("- " + recipient, fonts.regular(11)));
    }
    PdfPCell right = borderless();
    if (!signature.signsFor().isEmpty()) {
      right.addElement(centred(signature.signsFor(), fonts.bold(BODY), 0));
    }
    right.addElement(centred(signature.signerPosition(), fonts.bold(BODY), 0));
    right.addElement(centred(" ", fonts.regular(BODY), 56));
    right.addElement(centred(signature.signerName(), fonts.bold(BODY), 0));
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

  public static Paragraph leftAligned(String text, Font font) {
    Paragraph paragraph = new Paragraph(text, font);
    paragraph.setLeading(font.getSize() * 1.3f);
    return paragraph;
  }

  public static Paragraph body(String text, Font font) {
    Paragraph paragraph = new Paragraph(text, font);
    paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
    paragraph.setFirstLineIndent(12 * MM);
    paragraph.setLeading(BODY * 1.35f);
    paragraph.setSpacingBefore(4);
    return paragraph;
  }
}
