package vn.thidua.nomination.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.thidua.nomination.HonourRef;
import vn.thidua.nomination.NominationHistory;
import vn.thidua.nomination.NominationHistory.CouncilMember;
import vn.thidua.nomination.NominationHistory.FinishedRound;
import vn.thidua.nomination.NominationHistory.PastNomination;
import vn.thidua.nomination.Threshold;
import vn.thidua.people.Gender;
import vn.thidua.people.NewPerson;
import vn.thidua.people.People;
import vn.thidua.shared.security.Role;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

@IntegrationTest
class MinutesPdfTests {

  @Autowired MockMvcTester mvc;
  @Autowired Fixtures fixtures;
  @Autowired People people;
  @Autowired NominationHistory history;

  long district;
  long round;

  @BeforeEach
  void aFinishedRound() {
    long province = fixtures.province("LĐLĐ tỉnh Biên Bản");
    district = fixtures.unit(province, "LĐLĐ huyện Biên Bản", "DISTRICT");
    long factory = fixtures.grassroots(district, "Công đoàn Nhà máy gạch");
    AtomicLong id = new AtomicLong();
    Users.runAs(
        Users.user(Role.OFFICER, district),
        () -> {
          long chosen = person(factory, "Hoàng Thị Chọn");
          long other = person(factory, "Vũ Văn Chưa");
          id.set(
              history.recordFinishedRound(
                  new FinishedRound(
                      district,
                      "Xét chọn Công nhân giỏi cấp huyện năm 2024",
                      2024,
                      LocalDate.of(2024, 11, 30),
                      Threshold.SIMPLE_MAJORITY,
                      new HonourRef("CNG", 2),
                      List.of(
                          new CouncilMember(-71, "hd.chutich", "Đinh Văn Chủ"),
                          new CouncilMember(-72, "hd.uyvien", "Lương Thị Ủy")),
                      Instant.parse("2024-12-10T02:00:00Z"),
                      List.of(
                          new PastNomination(
                              factory, chosen, "Hoàng Thị Chọn", "Vượt định mức", true, null),
                          new PastNomination(
                              factory,
                              other,
                              "Vũ Văn Chưa",
                              "Hoàn thành nhiệm vụ",
                              false,
                              "Không đạt ngưỡng biểu quyết")))));
        });
    round = id.get();
  }

  long person(long unitId, String name) {
    return people.register(
        new NewPerson(
            unitId, name, Gender.FEMALE, 1990, "Công nhân", true, true, LocalDate.of(2015, 1, 5)));
  }

  @Test
  void printsTheMinutesInTheAdministrativeLayoutWithTheVotesAndTheResult() throws IOException {
    var result =
        mvc.get()
            .uri("/api/nomination-rounds/{id}/minutes.pdf", round)
            .with(Users.as(Role.VIEWER, district))
            .exchange();
    assertThat(result).hasStatusOk().hasContentType("application/pdf");
    try (PdfReader reader = new PdfReader(result.getResponse().getContentAsByteArray())) {
      String text = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
          .contains("BIÊN BẢN HỌP HỘI ĐỒNG THI ĐUA – KHEN THƯỞNG")
          .as("dated the day the council voted, not the day it is printed")
          .contains("ngày 10 tháng 12 năm 2024")
          .contains("Đinh Văn Chủ")
          .contains("Hoàng Thị Chọn")
          .contains("Vũ Văn Chưa")
          .contains("Không đạt")
          .contains("1 trên 2 đề nghị đạt ngưỡng biểu quyết")
          .contains("CHỦ TỊCH HỘI ĐỒNG");
    }
  }

  @Test
  void theMinutesPageLinksToThePdfAndOutsidersGetNeither() {
    assertThat(
            mvc.get()
                .uri("/nominations/rounds/{id}/minutes", round)
                .with(Users.as(Role.VIEWER, district)))
        .hasStatusOk()
        .bodyText()
        .contains("/nominations/rounds/" + round + "/minutes.pdf");
    long elsewhere = fixtures.province("LĐLĐ tỉnh Khác Biên Bản");
    assertThat(
            mvc.get()
                .uri("/nominations/rounds/{id}/minutes.pdf", round)
                .with(Users.as(Role.VIEWER, elsewhere)))
        .hasStatus(HttpStatus.NOT_FOUND);
  }
}
