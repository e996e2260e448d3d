package vn.thidua.demo;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.thidua.movement.AgreementDraft;
import vn.thidua.movement.AgreementScope;
import vn.thidua.movement.Agreements;
import vn.thidua.movement.MovementHistory;
import vn.thidua.organisation.Catalogue;
import vn.thidua.organisation.UnitSummary;

/**
 * The 2023 emulation agreements of the Hà Nội industrial-zone union's two clusters, as they were
 * signed: opened on 06/01/2023 with a deadline of 15/02/2023. The first cluster's agreement was
 * signed by all but one member and closed on 20/02/2023; the second is still open, three of its
 * members having signed.
 */
@Component
class DemoAgreement {

  static final LocalDate OPENED = LocalDate.of(2023, 1, 6);
  static final LocalDate DEADLINE = LocalDate.of(2023, 2, 15);
  static final LocalDate CLOSED = LocalDate.of(2023, 2, 20);

  private static final String CONTENT =
      """
      Các Công đoàn cơ sở trong cụm thi đua cùng ký kết giao ước thi đua năm 2023 với những cam kết sau:
      1. Phối hợp với người sử dụng lao động hoàn thành vượt mức kế hoạch sản xuất, kinh doanh năm 2023.
      2. Vận động đoàn viên, người lao động tham gia phong trào "Lao động giỏi, lao động sáng tạo"; mỗi đơn vị có ít nhất 10 sáng kiến được công nhận.
      3. Không để xảy ra tai nạn lao động nghiêm trọng; 100% người lao động được huấn luyện an toàn, vệ sinh lao động.
      4. Ký kết và thực hiện thỏa ước lao động tập thể có lợi hơn cho người lao động so với quy định của pháp luật.
      5. Phát triển đoàn viên, xây dựng Công đoàn cơ sở vững mạnh.
      """;

  private static final List<String> SIGNATORIES =
      List.of(
          "Nguyễn Văn Hùng – Chủ tịch Công đoàn cơ sở",
          "Trần Thị Lan – Chủ tịch Công đoàn cơ sở",
          "Lê Minh Tuấn – Phó Chủ tịch Công đoàn cơ sở",
          "Phạm Thị Hương – Chủ tịch Công đoàn cơ sở",
          "Đỗ Quang Vinh – Chủ tịch Công đoàn cơ sở");

  private final Agreements agreements;
  private final MovementHistory history;
  private final Catalogue catalogue;

  DemoAgreement(Agreements agreements, MovementHistory history, Catalogue catalogue) {
    this.agreements = agreements;
    this.history = history;
    this.catalogue = catalogue;
  }

  /** Needs the zone's clusters of 2023, which the demo movement creates. */
  void load(DemoOrganisation.Units units) {
    List<Catalogue.ClusterView> clusters = catalogue.clusters(units.zone(), 2023);
    for (int i = 0; i < clusters.size(); i++) {
      Catalogue.ClusterView cluster = clusters.get(i);
      boolean first = i == 0;
      long id = open(units.zone(), cluster);
      List<UnitSummary> members = cluster.members();
      int signing = first ? members.size() - 1 : Math.min(3, members.size());
      for (int m = 0; m < signing; m++) {
        long unitId = members.get(m).id();
        String signatory = SIGNATORIES.get(m % SIGNATORIES.size());
        history.runAsOf(
            OPENED.plusDays(7 + 5L * m),
            () ->
                agreements.sign(
                    id,
                    unitId,
                    new Agreements.Signing(
                        signatory, unitId % 3 == 0 ? "Ký tại Hội nghị cụm thi đua" : null)));
      }
      if (first) {
        history.runAsOf(CLOSED, () -> agreements.close(id, agreements.get(id).version()));
      }
    }
  }

  private long open(long zone, Catalogue.ClusterView cluster) {
    long id =
        history.asOf(
            OPENED.minusDays(3),
            () ->
                agreements.draft(
                    new AgreementDraft(
                        zone,
                        AgreementScope.CLUSTER,
                        null,
                        cluster.id(),
                        2023,
                        "Giao ước thi đua năm 2023 – " + cluster.name(),
                        CONTENT,
                        DEADLINE,
                        null)));
    history.runAsOf(OPENED, () -> agreements.open(id, 0));
    return id;
  }
}
