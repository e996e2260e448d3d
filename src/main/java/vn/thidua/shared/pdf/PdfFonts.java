package vn.thidua.shared.pdf;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.springframework.stereotype.Component;

/**
 * DejaVu Serif with every Vietnamese letter, embedded in each PDF (subset), so that a document
 * prints the same on a machine without Vietnamese fonts.
 */
@Component
public class PdfFonts {

  private static final String DIRECTORY = "/net/sf/jasperreports/fonts/dejavu/";

  private final BaseFont regular = load("DejaVuSerif.ttf");
  private final BaseFont bold = load("DejaVuSerif-Bold.ttf");
  private final BaseFont italic = load("DejaVuSerif-Italic.ttf");
  private final BaseFont boldItalic = load("DejaVuSerif-BoldItalic.ttf");
  private final BaseFont condensedBold = load("DejaVuSerifCondensed-Bold.ttf");

  public Font regular(float size) {
    return new Font(regular, size);
  }

  public Font bold(float size) {
    return new Font(bold, size);
  }

  public Font italic(float size) {
    return new Font(italic, size);
  }

  public Font boldItalic(float size) {
    return new Font(boldItalic, size);
  }

  public Font underlinedBold(float size) {
    return new Font(bold, size, Font.UNDERLINE);
  }

  /** For the national line, which must fit on one line of the heading's right column. */
  public Font condensedBold(float size) {
    return new Font(condensedBold, size);
  }

  public Font coloured(Font font, Color colour) {
    Font copy = new Font(font);
    copy.setColor(colour);
    return copy;
  }

  private static BaseFont load(String file) {
    try (InputStream in = PdfFonts.class.getResourceAsStream(DIRECTORY + file)) {
      if (in == null) {
        throw new IllegalStateException("font missing from the class path: " + file);
      }
      return BaseFont.createFont(
          file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, in.readAllBytes(), null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
