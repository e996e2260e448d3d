package vn.thidua.testing;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;

/** The words of a PDF, every page, with runs of white space made one space. */
public final class PdfText {

  private PdfText() {}

  public static String of(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    try {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append('\n');
      }
      // lines wrap where the layout wraps them; the words are what a test reads
      return text.toString().replaceAll("\\s+", " ");
    } finally {
      reader.close();
    }
  }
}
