package vn.thidua.demo;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.decision.AwardeeDraft;
import vn.thidua.decision.DecisionDraft;
import vn.thidua.decision.DecisionView;
import vn.thidua.decision.Decisions;
import vn.thidua.decision.HonourBoard;
import vn.thidua.decision.StoryChange;
import vn.thidua.honours.Recipient;
import vn.thidua.nomination.DecisionRequest;
import vn.thidua.nomination.Nominations;

/**
 * Two decisions of LĐLĐ quận Bắc Từ Liêm for 2020, issued by its officer at the end of the year:
 * Giấy khen for three workers of Goldsun and the Đông Ngạc A primary school (28/12/2020), and Công
 * nhân giỏi cấp quận for the 54 its council selected on 15/12/2020, drafted from the round so that
 * its nominations end decided, signed on 30/12/2020 (before the year's closing conference, as the
 * district does). Five awardees are on the honour board with their story and a portrait.
 */
@Component
class DemoDecisions {

  static final LocalDate MERIT_SIGNED = LocalDate.of(2020, 12, 28);
  static final LocalDate GOOD_WORKERS_SIGNED = LocalDate.of(2020, 12, 30);

  private static final List<String> BASES =
      List.of(
          "Căn cứ Điều lệ Công đoàn Việt Nam;",
          "Căn cứ Quy chế khen thưởng của Liên đoàn Lao động thành phố Hà Nội;",
          "Xét đề nghị của Ban Tuyên giáo Liên đoàn Lao động quận Bắc Từ Liêm,");
  private static final String SIGNER = "Nguyễn Thị Thu Hà";
  private static final String POSITION = "Chủ tịch";

  /** Stories of good workers for the honour board, each for the line at the same position. */
  private static final List<String> GOOD_WORKER_STORIES =
      List.of(
          "Hơn mười năm gắn bó với dây chuyền sản xuất, là người đầu tiên của phân xưởng đề xuất"
              + " cách bố trí lại khuôn, giúp tổ giảm một phần ba thời gian chuyển đổi mã hàng."
              + " Ngoài giờ làm, kèm cặp các bạn công nhân mới vào nghề và giữ quỹ “Tấm lòng vàng”"
              + " của tổ công đoàn.",
          "Tổ trưởng tổ bảo trì, cùng đồng nghiệp tự chế bộ gá kiểm tra giúp máy dừng ít hơn hẳn"
              + " so với năm trước; suốt những tháng giãn cách năm 2020 tình nguyện ở lại nhà máy"
              + " giữ cho sản xuất không gián đoạn.",
          "Chuẩn hoá lại sổ tay kiểm tra chất lượng đầu vào và hướng dẫn cho hơn bốn mươi công"
              + " nhân; cả năm không một lô hàng nào bị khách trả lại.",
          "Mười lăm năm lái xe nâng không để xảy ra sự cố, là an toàn vệ sinh viên tiêu biểu của"
              + " công ty và người khởi xướng “Ngày chủ nhật xanh” ở khu nhà trọ công nhân.");

  private static final List<Color> COLOURS =
      List.of(
          new Color(0x1F, 0x4E, 0x79),
          new Color(0x2E, 0x6B, 0x3A),
          new Color(0x6A, 0x3D, 0x8F),
          new Color(0x8A, 0x5A, 0x12));

  private final Decisions decisions;
  private final Nominations nominations;
  private final HonourBoard board;
  private final JdbcClient jdbc;

  DemoDecisions(Decisions decisions, Nominations nominations, HonourBoard board, JdbcClient jdbc) {
    this.decisions = decisions;
    this.nominations = nominations;
    this.board = board;
    this.jdbc = jdbc;
  }

  void load(DemoOrganisation.Units units, DemoAccounts.Created created, long goodWorkerRound) {
    long goldsun = units.grassroots().get("Công ty Goldsun Việt Nam");
    long school = units.grassroots().get("Trường Tiểu học Đông Ngạc A");
    List<Long> workers = workersOf(goldsun, 3);
    DemoActor.call(
        DemoActor.of(created.login("btl.canbo"), units.bacTuLiem()),
        () -> {
          List<AwardeeDraft> merit = new ArrayList<>();
          for (long worker : workers) {
            merit.add(
                new AwardeeDraft(
                    "GK",
                    1,
                    Recipient.INDIVIDUAL,
                    worker,
                    null,
                    "Hoàn thành xuất sắc nhiệm vụ, tích cực trong phong trào thi đua năm 2020",
                    null));
          }
          merit.add(
              new AwardeeDraft(
                  "GK",
                  1,
                  Recipient.COLLECTIVE,
                  null,
                  school,
                  "Tập thể tiêu biểu trong phong trào “Giỏi việc trường, đảm việc nhà” năm 2020",
                  null));
          DecisionView meritDecision =
              issue(
                  decisions.draft(
                      new DecisionDraft(
                          units.bacTuLiem(),
                          2020,
                          "Về việc tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc"
                              + " trong phong trào thi đua năm 2020",
                          BASES,
                          SIGNER,
                          POSITION,
                          merit)),
                  MERIT_SIGNED);
          DecisionView goodWorkerDecision =
              issue(
                  nominations.draftDecision(
                      goodWorkerRound,
                      new DecisionRequest(
                          "Về việc công nhận danh hiệu “Công nhân giỏi cấp quận” năm 2020",
                          BASES,
                          SIGNER,
                          POSITION)),
                  GOOD_WORKERS_SIGNED);
          int every = goodWorkerDecision.awardees().size() / GOOD_WORKER_STORIES.size();
          for (int i = 0; i < GOOD_WORKER_STORIES.size(); i++) {
            story(goodWorkerDecision, i * every, GOOD_WORKER_STORIES.get(i), COLOURS.get(i));
          }
          story(
              meritDecision,
              3,
              "Tập thể giáo viên, nhân viên nhà trường duy trì phong trào “Giỏi việc trường, đảm"
                  + " việc nhà”, tổ chức lớp bồi dưỡng kỹ năng số cho đoàn viên và vận động quyên"
                  + " góp học bổng cho học sinh có hoàn cảnh khó khăn.",
              new Color(0x8B, 0x1A, 0x1A));
          return null;
        });
  }

  private DecisionView issue(long id, LocalDate signedOn) {
    return decisions.issue(id, decisions.get(id).version(), signedOn);
  }

  private void story(DecisionView decision, int line, String story, Color colour) {
    var awardee = decision.awardees().get(line);
    board.saveStory(
        decision.id(),
        awardee.id(),
        new StoryChange(story, null, portrait(initials(awardee.awardeeName()), colour), false));
  }

  /** People who worked at the unit all through 2020, in the order they were registered. */
  private List<Long> workersOf(long unitId, int count) {
    return jdbc.sql(
            """
            select id from person
             where unit_id = :unit and started_on <= date '2020-01-01'
               and (left_on is null or left_on > date '2020-12-31')
             order by id limit :count
            """)
        .param("unit", unitId)
        .param("count", count)
        .query(Long.class)
        .list();
  }

  private static String initials(String name) {
    String[] words = name.trim().split("\\s+");
    return (words.length > 1 ? words[words.length - 2].substring(0, 1) : "")
        + words[words.length - 1].substring(0, 1);
  }

  /** A plain portrait card with the awardee's initials, drawn the same way at every load. */
  static byte[] portrait(String initials, Color colour) {
    BufferedImage image = new BufferedImage(240, 240, BufferedImage.TYPE_INT_RGB);
    Graphics2D graphics = image.createGraphics();
    graphics.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    graphics.setColor(colour);
    graphics.fillRect(0, 0, 240, 240);
    graphics.setColor(new Color(0xF5, 0xD7, 0x6E));
    graphics.setFont(new Font(Font.SERIF, Font.BOLD, 96));
    int width = graphics.getFontMetrics().stringWidth(initials);
    graphics.drawString(initials, (240 - width) / 2, 155);
    graphics.dispose();
    try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      ImageIO.write(image, "png", out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
