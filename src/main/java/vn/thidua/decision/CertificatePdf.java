package vn.thidua.decision;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.thidua.shared.pdf.PdfFonts;

/**
 * Certificates for a whole decision, one landscape A4 page each, ready to print in bulk: a framed
 * page with the issuing body, the title (Giấy khen, Bằng khen), the awardee, the achievement, the
 * signature block, and a QR code with the short code that opens the public verification page.
 */
@Component
class CertificatePdf {

  private static final Color RED = new Color(0xB0, 0x10, 0x10);
  private static final Color GOLD = new Color(0xC8, 0x9B, 0x2C);

  private final PdfFonts fonts;

  CertificatePdf(PdfFonts fonts) {
    this.fonts = fonts;
  }

  byte[] write(List<CertificateText> certificates) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Rectangle page = PageSize.A4.rotate();
    Document document = new Document(page, 0, 0, 0, 0);
    PdfWriter writer = PdfWriter.getInstance(document, out);
    document.addTitle("Giấy khen, bằng khen");
    document.addCreator("ThiĐua");
    document.open();
    boolean first = true;
    for (CertificateText certificate : certificates) {
      if (!first) {
        document.newPage();
      }
      first = false;
      draw(writer.getDirectContent(), page, certificate);
    }
    document.close();
    return out.toByteArray();
  }

  private void draw(PdfContentByte canvas, Rectangle page, CertificateText text) {
    float width = page.getWidth();
    float height = page.getHeight();
    frame(canvas, width, height);

    float left = 70;
    float right = width - 70;
    float y = height - 62;
    if (text.superiorBody() != null) {
      y = line(canvas, text.superiorBody(), fonts.regular(12), left, right, y);
    }
    y = line(canvas, text.issuingBody(), fonts.bold(13), left, right, y);
    y =
        line(
            canvas,
            DecisionText.NATION + " – " + DecisionText.MOTTO,
            fonts.italic(10),
            left,
            right,
            y);
    y -= 16;
    y = line(canvas, text.title(), fonts.coloured(fonts.bold(46), RED), left, right, y);
    y -= 6;
    y = line(canvas, text.authority(), fonts.bold(14), left, right, y);
    y = line(canvas, "TẶNG", fonts.bold(14), left, right, y - 4);
    y -= 6;
    y = line(canvas, text.awardeeName(), fonts.coloured(fonts.bold(26), RED), left, right, y);
    if (!text.awardeeDetail().isEmpty()) {
      y = line(canvas, text.awardeeDetail(), fonts.italic(14), left, right, y);
    }
    y -= 6;
    y = line(canvas, text.achievement(), fonts.regular(15), left + 40, right - 40, y);

    float signatureTop = 175;
    float signatureLeft = width / 2 + 20;
    float signatureY =
        line(canvas, text.placeAndDate(), fonts.italic(13), signatureLeft, right, signatureTop);
    if (!text.signsFor().isEmpty()) {
      signatureY = line(canvas, text.signsFor(), fonts.bold(13), signatureLeft, right, signatureY);
    }
    line(canvas, text.signerPosition(), fonts.bold(13), signatureLeft, right, signatureY);
    line(canvas, text.signerName(), fonts.bold(14), signatureLeft, right, 72);

    float qr = 78;
    QrCodes.draw(canvas, text.verificationUrl(), left + 10, 64, qr);
    float codeLeft = left + qr + 20;
    float codeRight = width / 2 - 10;
    float codeY =
        leftLine(canvas, text.decisionReference(), fonts.regular(10), codeLeft, codeRight, 140);
    codeY =
        leftLine(
            canvas, "Mã xác thực: " + text.shortCode(), fonts.bold(12), codeLeft, codeRight, codeY);
    leftLine(canvas, text.verificationUrl(), fonts.regular(8), codeLeft, codeRight, codeY);
  }

  private void frame(PdfContentByte canvas, float width, float height) {
    canvas.saveState();
    canvas.setColorStroke(GOLD);
    canvas.setLineWidth(6);
    canvas.rectangle(24, 24, width - 48, height - 48);
    canvas.stroke();
    canvas.setColorStroke(RED);
    canvas.setLineWidth(1.5f);
    canvas.rectangle(36, 36, width - 72, height - 72);
    canvas.stroke();
    canvas.restoreState();
  }

  /** Writes centred text between left and right below y; returns the y under it. */
  private float line(
      PdfContentByte canvas, String text, Font font, float left, float right, float y) {
    return column(canvas, text, font, left, right, y, Element.ALIGN_CENTER);
  }

  private float leftLine(
      PdfContentByte canvas, String text, Font font, float left, float right, float y) {
    return column(canvas, text, font, left, right, y, Element.ALIGN_LEFT);
  }

  private static float column(
      PdfContentByte canvas, String text, Font font, float left, float right, float y, int align) {
    ColumnText column = new ColumnText(canvas);
    Paragraph paragraph = new Paragraph(text, font);
    paragraph.setAlignment(align);
    paragraph.setLeading(font.getSize() * 1.25f);
    column.setSimpleColumn(left, 0, right, y);
    column.addElement(paragraph);
    try {
      column.go();
    } catch (com.lowagie.text.DocumentException e) {
      throw new IllegalStateException(e);
    }
    return column.getYLine();
  }
}
