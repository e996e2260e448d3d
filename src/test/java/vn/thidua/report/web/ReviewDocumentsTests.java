package vn.thidua.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.thidua.report.Review;
import vn.thidua.report.ReviewKind;
import vn.thidua.report.ReviewPeriod;
import vn.thidua.report.Reviews;
import vn.thidua.shared.security.Role;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

/** The demo's Bắc Từ Liêm 2020 review as a report in the administrative layout. */
@IntegrationTest
class ReviewDocumentsTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Reviews reviews;
  @Autowired ReviewFiles files;

  long btl;
  ReviewDocument expected;

  @BeforeEach
  void buildTheReview() {
    btl = code("HN-BTL");
    AtomicReference<Review> review = new AtomicReference<>();
    Users.runAs(
        Users.user(Role.VIEWER, btl),
        () -> review.set(reviews.build(btl, ReviewPeriod.of(ReviewKind.YEAR, 2020))));
    expected = files.document(review.get());
  }

  @Test
  void writesEveryFigureOfTheReviewIntoThePdf() throws Exception {
    String text =
        pdfText(download("/units/{id}/review.pdf?kind=YEAR&year=2020", "application/pdf"));

    assertThat(text)
        .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập – Tự do – Hạnh phúc")
        .contains("LIÊN ĐOÀN LAO ĐỘNG QUẬN BẮC TỪ LIÊM")
        .contains("Số: /BC-LĐLĐ", "Hà Nội, ngày")
        .contains("BÁO CÁO", "Tổng kết công tác thi đua, khen thưởng năm 2020")
        .contains("Cùng kỳ trước (01/01/2019 – 31/12/2019)")
        .contains("9.815", "9.367", "95,4 %", "914")
        .contains("Nơi nhận:", "TM. BAN THƯỜNG VỤ", "CHỦ TỊCH");
    // a narrow cell may wrap a long number: compare without the spaces wrapping leaves
    String words = text.replace(" ", "");
    for (ReviewDocument.Section section : expected.sections()) {
      assertThat(text).contains(section.heading());
      for (List<String> row : section.rows()) {
        for (String cell : row) {
          assertThat(words).contains(cell.replace(" ", ""));
        }
      }
    }
    assertThat(text).contains(expected.breakdownTitle());
    assertThat(expected.breakdownRows()).hasSizeGreaterThan(3);
  }

  @Test
  void writesTheSameTablesIntoTheWordDocument() throws Exception {
    byte[] docx =
        download(
            "/units/{id}/review.docx?kind=YEAR&year=2020",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      assertThat(extractor.getText())
          .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số:      /BC-LĐLĐ")
          .contains("Tổng kết công tác thi đua, khen thưởng năm 2020", "Nơi nhận:");
      List<XWPFTable> tables = document.getTables();
      // the heading, one table per section, the breakdown, the signature
      assertThat(tables).hasSize(expected.sections().size() + 3);
      for (int i = 0; i < expected.sections().size(); i++) {
        assertThat(cells(tables.get(i + 1)))
            .containsExactlyElementsOf(
                withHeadings(expected.figureHeadings(), expected.sections().get(i).rows()));
      }
      assertThat(cells(tables.get(tables.size() - 2)))
          .containsExactlyElementsOf(
              withHeadings(expected.breakdownHeadings(), expected.breakdownRows()));
    }
  }

  @Test
  void hidesAnotherUnitsReport() {
    assertThat(
            mvc.get()
                .uri("/units/{id}/review.pdf?kind=YEAR&year=2020", btl)
                .with(Users.as(Role.OFFICER, code("HN-KCN"))))
        .hasStatus(HttpStatus.NOT_FOUND);
  }

  private byte[] download(String uri, String contentType) throws Exception {
    MvcTestResult result = mvc.get().uri(uri, btl).with(Users.as(Role.VIEWER, btl)).exchange();
    assertThat(result).hasStatusOk().hasContentType(contentType);
    return result.getResponse().getContentAsByteArray();
  }

  private static String pdfText(byte[] pdf) throws Exception {
    PdfReader reader = new PdfReader(pdf);
    try {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append('\n');
      }
      return text.toString().replaceAll("\\s+", " ");
    } finally {
      reader.close();
    }
  }

  private static List<List<String>> cells(XWPFTable table) {
    List<List<String>> rows = new ArrayList<>();
    for (XWPFTableRow row : table.getRows()) {
      rows.add(row.getTableCells().stream().map(cell -> cell.getText()).toList());
    }
    return rows;
  }

  private static List<List<String>> withHeadings(List<String> headings, List<List<String>> rows) {
    List<List<String>> all = new ArrayList<>();
    all.add(headings);
    all.addAll(rows);
    return all;
  }

  private long code(String code) {
    return jdbc.sql("select id from org_unit where code = :code")
        .param("code", code)
        .query(Long.class)
        .single();
  }
}
