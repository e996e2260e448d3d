package vn.thidua.decision;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.pdf.PdfContentByte;
import java.util.Map;

/** QR codes drawn as vector squares straight into a PDF page, sharp at any print size. */
final class QrCodes {

  private QrCodes() {}

  static BitMatrix encode(String text) {
    try {
      return new QRCodeWriter()
          .encode(
              text,
              BarcodeFormat.QR_CODE,
              0,
              0,
              Map.of(
                  EncodeHintType.ERROR_CORRECTION,
                  ErrorCorrectionLevel.M,
                  EncodeHintType.MARGIN,
                  0));
    } catch (WriterException e) {
      throw new IllegalArgumentException("cannot encode a QR code for " + text, e);
    }
  }

  /** Draws the code with its lower left corner at (x, y), {@code size} points wide. */
  static void draw(PdfContentByte canvas, String text, float x, float y, float size) {
    BitMatrix matrix = encode(text);
    float module = size / matrix.getWidth();
    canvas.saveState();
    canvas.setRGBColorFill(0, 0, 0);
    for (int row = 0; row < matrix.getHeight(); row++) {
      for (int column = 0; column < matrix.getWidth(); column++) {
        if (matrix.get(column, row)) {
          canvas.rectangle(x + column * module, y + size - (row + 1) * module, module, module);
        }
      }
    }
    canvas.fill();
    canvas.restoreState();
  }
}
