package vn.thidua.decision.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.thidua.people.Gender;
import vn.thidua.people.NewPerson;
import vn.thidua.people.People;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.PdfText;
import vn.thidua.testing.Users;

/** The decision workflow walked through the JSON API, from draft to revocation. */
@IntegrationTest
class DecisionApiTests {

  @Autowired MockMvcTester mvc;
  @Autowired Fixtures fixtures;
  @Autowired People people;
  @Autowired ObjectMapper json;

  long district;
  long factory;
  long worker;
  SignedInUser officer;

  @BeforeEach
  void units() {
    long province =
        fixtures.unit(
            fixtures.nationalUnitId(), "Liên đoàn Lao động thành phố Hải Phòng", "PROVINCE");
    district = fixtures.unit(province, "Liên đoàn Lao động quận Lê Chân", "DISTRICT");
    factory = fixtures.grassroots(district, "Công đoàn Công ty Giày da");
    worker =
        people.register(
            new NewPerson(
                factory,
                "Đặng Thị Thảo",
                Gender.FEMALE,
                1990,
                "Công nhân may mũ giày",
                true,
                true,
                LocalDate.of(2012, 5, 2)));
    officer = Users.user(Role.OFFICER, district);
  }

  MvcTestResult post(String uri, String body) {
    return mvc.post()
        .uri(uri)
        .with(Users.as(officer))
        .contentType(MediaType.APPLICATION_JSON)
        .content(body)
        .exchange();
  }

  JsonNode body(MvcTestResult result) throws Exception {
    return json.readTree(result.getResponse().getContentAsString());
  }

  String draft(String subject) {
    return """
        {"issuingUnitId": %d, "year": 2020, "subject": "%s",
         "bases": ["Căn cứ Điều lệ Công đoàn Việt Nam;", "Xét đề nghị của Ban Tuyên giáo,"],
         "signerName": "Nguyễn Văn Hùng", "signerPosition": "Chủ tịch",
         "awardees": [{"honourCode": "GK", "grade": 1, "recipient": "INDIVIDUAL", "personId": %d,
                       "citation": "Hoàn thành xuất sắc nhiệm vụ năm 2020"}]}
        """
        .formatted(district, subject, worker);
  }

  @Test
  void draftsIssuesPrintsVerifiesAndRevokesADecision() throws Exception {
    MvcTestResult drafted = post("/api/decisions", draft("Về việc khen thưởng năm 2020"));
    assertThat(drafted).hasStatus(HttpStatus.CREATED);
    long id = body(drafted).get("id").asLong();
    int version = body(drafted).get("version").asInt();
    assertThat(body(drafted).get("status").asString()).isEqualTo("DRAFT");

    MvcTestResult issued =
        post(
            "/api/decisions/" + id + "/issue",
            "{\"version\": %d, \"signedOn\": \"2021-01-12\"}".formatted(version));
    assertThat(issued).hasStatus(HttpStatus.OK);
    JsonNode decision = body(issued);
    assertThat(decision.get("symbol").asString()).isEqualTo("1/QĐ-LĐLĐ");
    assertThat(decision.get("signedOn").asString()).isEqualTo("2021-01-12");
    String code = decision.get("awardees").get(0).get("shortCode").asString();

    // an issued decision is never edited: refused with a clear message, nothing changes
    assertThat(
            mvc.put()
                .uri("/api/decisions/" + id)
                .with(Users.as(officer))
                .contentType(MediaType.APPLICATION_JSON)
                .content(
                    "{\"version\": %d, \"draft\": %s}"
                        .formatted(decision.get("version").asInt(), draft("Trích yếu khác"))))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
        .bodyJson()
        .extractingPath("$.detail")
        .asString()
        .isEqualTo(
            "Quyết định 1/QĐ-LĐLĐ đã ban hành nên không thể sửa hay xoá; chỉ có thể thu hồi hoặc"
                + " sửa đổi bằng một quyết định khác.");
    assertThat(mvc.get().uri("/api/decisions/" + id).with(Users.as(officer)))
        .bodyJson()
        .extractingPath("$.subject")
        .isEqualTo("Về việc khen thưởng năm 2020");

    String pdf = text(download("/api/decisions/" + id + "/pdf", "application/pdf"));
    assertThat(pdf)
        .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
        .contains("Độc lập – Tự do – Hạnh phúc")
        .contains("Số: 1/QĐ-LĐLĐ")
        .contains("LIÊN ĐOÀN LAO ĐỘNG THÀNH PHỐ HẢI PHÒNG")
        .contains("ngày 12 tháng 01 năm 2021")
        .contains("QUYẾT ĐỊNH")
        .contains("Căn cứ Điều lệ Công đoàn Việt Nam;")
        .contains("Điều 1.")
        .contains("Nơi nhận:")
        .contains("Nguyễn Văn Hùng")
        .contains("DANH SÁCH KHEN THƯỞNG")
        .contains("Đặng Thị Thảo")
        .doesNotContain("DỰ THẢO");

    byte[] docx =
        download(
            "/api/decisions/" + id + "/docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx));
        XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
      assertThat(extractor.getText())
          .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
          .contains("Số: 1/QĐ-LĐLĐ")
          .contains("Đặng Thị Thảo");
    }

    byte[] certificates = download("/api/decisions/" + id + "/certificates", "application/pdf");
    PdfReader reader = new PdfReader(certificates);
    assertThat(reader.getNumberOfPages()).isEqualTo(1);
    assertThat(reader.getPageSizeWithRotation(1).getWidth())
        .isGreaterThan(reader.getPageSizeWithRotation(1).getHeight());
    String certificate = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
    reader.close();
    assertThat(certificate)
        .contains("GIẤY KHEN")
        .contains("ĐẶNG THỊ THẢO")
        .contains("Mã xác thực: " + code)
        .contains("/verify/" + code);

    assertThat(mvc.get().uri("/api/verify/" + code))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.inForce")
        .isEqualTo(true);

    MvcTestResult revoking =
        post(
            "/api/decisions/" + id + "/revisions",
            """
            {"kind": "REVOKE", "draft": {"issuingUnitId": %d, "year": 2020,
             "subject": "Về việc thu hồi Quyết định số 1/QĐ-LĐLĐ", "signerName": "Nguyễn Văn Hùng",
             "signerPosition": "Chủ tịch"}}
            """
                .formatted(district));
    assertThat(revoking).hasStatus(HttpStatus.CREATED);
    long revokingId = body(revoking).get("id").asLong();
    assertThat(
            post(
                "/api/decisions/" + revokingId + "/issue",
                "{\"version\": %d, \"signedOn\": \"2021-03-01\"}"
                    .formatted(body(revoking).get("version").asInt())))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.symbol")
        .isEqualTo("2/QĐ-LĐLĐ");
    assertThat(mvc.get().uri("/api/decisions/" + id).with(Users.as(officer)))
        .bodyJson()
        .extractingPath("$.status")
        .isEqualTo("REVOKED");
    assertThat(mvc.get().uri("/api/verify/" + code))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.supersededBySymbol")
        .isEqualTo("2/QĐ-LĐLĐ");
    assertThat(mvc.get().uri("/verify/" + code))
        .hasStatusOk()
        .bodyText()
        .contains("Khen thưởng này đã bị thu hồi.")
        .contains("Đặng Thị Thảo");
    assertThat(mvc.get().uri("/api/decisions/" + id + "/certificates").with(Users.as(officer)))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
    String revocation = text(download("/api/decisions/" + revokingId + "/pdf", "application/pdf"));
    assertThat(revocation).contains("Thu hồi Quyết định số 1/QĐ-LĐLĐ ngày 12/01/2021");
  }

  @Test
  void aDraftPrintsMarkedAsADraftAndHasNoCertificates() throws Exception {
    long id = body(post("/api/decisions", draft("Về việc khen thưởng dự thảo"))).get("id").asLong();
    assertThat(text(download("/api/decisions/" + id + "/pdf", "application/pdf")))
        .contains("DỰ THẢO")
        .contains("Số: …/QĐ-LĐLĐ");
    assertThat(mvc.get().uri("/api/decisions/" + id + "/certificates").with(Users.as(officer)))
        .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT);
  }

  @Test
  void answersNotFoundForAnUnknownCodeAndListsOnlyTheUsersDecisions() throws Exception {
    assertThat(mvc.get().uri("/api/verify/ABCDEFGHJK")).hasStatus(HttpStatus.NOT_FOUND);
    assertThat(mvc.get().uri("/verify/ABCDEFGHJK"))
        .hasStatus(HttpStatus.NOT_FOUND)
        .bodyText()
        .contains("Không xác thực được");
    long id =
        body(post("/api/decisions", draft("Về việc khen thưởng để liệt kê"))).get("id").asLong();
    assertThat(mvc.get().uri("/api/decisions?unitId=" + district).with(Users.as(officer)))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.items[0].id")
        .isEqualTo((int) id);
    SignedInUser stranger = Users.user(Role.OFFICER, fixtures.province("Tỉnh không liên quan"));
    assertThat(mvc.get().uri("/api/decisions/" + id).with(Users.as(stranger)))
        .hasStatus(HttpStatus.NOT_FOUND);
    assertThat(mvc.get().uri("/api/decisions/" + id + "/pdf").with(Users.as(stranger)))
        .hasStatus(HttpStatus.NOT_FOUND);
  }

  byte[] download(String uri, String contentType) throws Exception {
    MvcTestResult result = mvc.get().uri(uri).with(Users.as(officer)).exchange();
    assertThat(result).hasStatusOk().hasContentType(contentType);
    return result.getResponse().getContentAsByteArray();
  }

  static String text(byte[] pdf) throws Exception {
    return PdfText.of(pdf);
  }
}
