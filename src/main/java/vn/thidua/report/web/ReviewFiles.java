package vn.thidua.report.web;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.thidua.organisation.UnitReads;
import vn.thidua.report.Review;
import vn.thidua.shared.document.Downloads;
import vn.thidua.shared.document.Letterhead;
import vn.thidua.shared.excel.XlsxDownload;
import vn.thidua.shared.time.Dates;

/**
 * A review as a file: the workbook, or the report in the administrative layout as PDF or DOCX. The
 * report is always in Vietnamese, as an administrative document must be.
 */
@Component
class ReviewFiles {

  enum Format {
    PDF("pdf", Downloads.PDF, true),
    DOCX("docx", Downloads.DOCX, false),
    XLSX("xlsx", XlsxDownload.CONTENT_TYPE, false);

    final String extension;
    final String contentType;
    final boolean inline;

    Format(String extension, String contentType, boolean inline) {
      this.extension = extension;
      this.contentType = contentType;
      this.inline = inline;
    }
  }

  record File(String name, Format format, byte[] content) {}

  private final UnitReads unitReads;
  private final MessageSource messages;
  private final ReviewExport workbook;
  private final ReviewPdf pdf;
  private final ReviewDocx docx;

  ReviewFiles(
      UnitReads unitReads,
      MessageSource messages,
      ReviewExport workbook,
      ReviewPdf pdf,
      ReviewDocx docx) {
    this.unitReads = unitReads;
    this.messages = messages;
    this.workbook = workbook;
    this.pdf = pdf;
    this.docx = docx;
  }

  File write(Review review, Format format) {
    String name = ReviewExport.fileName(review, format.extension);
    return switch (format) {
      case PDF -> new File(name, format, pdf.write(document(review)));
      case DOCX -> new File(name, format, docx.write(document(review)));
      case XLSX -> {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        workbook.write(review, out);
        yield new File(name, format, out.toByteArray());
      }
    };
  }

  ReviewDocument document(Review review) {
    Wording vietnamese = (key, args) -> messages.getMessage(key, args, key, Letterhead.VIETNAMESE);
    return ReviewDocument.of(
        review,
        unitReads.ancestors(review.unit().id(), review.asOf()),
        LocalDate.now(Dates.VIETNAM),
        vietnamese);
  }
}
