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

/**
 * Two decisions of LĐLĐ quận Bắc Từ Liêm for 2020, issued by its officer at the end of the year:
 * Giấy khen for three workers of Goldsun and the Đông Ngạc A primary school, and Công nhân giỏi cấp
 * quận for five workers; two of them are on the honour board with their story and a portrait.
 */
@Component
class DemoDecisions {

  private static final List<String> BASES =
      List.of(
          "Căn cứ Điều lệ Công đoàn Việt Nam;",
          "Căn cứ Quy chế khen thưởng của Liên đoàn Lao động thành phố Hà Nội;",
          "Xét đề nghị của Ban Tuyên giáo Liên đoàn Lao động quận Bắc Từ Liêm,");

  private final Decisions decisions;
  private final HonourBoard board;
  private final JdbcClient jdbc;

  DemoDecisions(Decisions decisions, HonourBoard board, JdbcClient jdbc) {
    this.decisions = decisions;
    this.board = board;
    this.jdbc = jdbc;
  }

  void load(DemoOrganisation.Units units, DemoAccounts.Created created) {
    long goldsun = units.grassroots().get("Công ty Goldsun Việt Nam");
    long school = units.grassroots().get("Trường Tiểu học Đông Ngạc A");
    List<Long> workers = workersOf(goldsun, 8);
    DemoActor.call(
        DemoActor.of(created.login("btl.canbo"), units.bacTuLiem()),
        () -> {
          List<AwardeeDraft> merit = new ArrayList<>();
          for (int i = 0; i < 3; i++) {
            merit.add(
                new AwardeeDraft(
                    "GK",
                    1,
                    Recipient.INDIVIDUAL,
                    workers.get(i),
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
                  units.bacTuLiem(),
                  "Về việc tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc trong"
                      + " phong trào thi đua năm 2020",
                  merit,
                  LocalDate.of(2020, 12, 28));
          List<AwardeeDraft> goodWorkers = new ArrayList<>();
          for (int i = 3; i < 8; i++) {
            goodWorkers.add(
                new AwardeeDraft(
                    "CNG",
                    2,
                    Recipient.INDIVIDUAL,
                    workers.get(i),
                    null,
                    "Đạt năng suất vượt định mức, có sáng kiến cải tiến được công nhận năm 2020",
                    null));
          }
          DecisionView goodWorkerDecision =
              issue(
                  units.bacTuLiem(),
                  "Về việc công nhận danh hiệu “Công nhân giỏi cấp quận” năm 2020",
                  goodWorkers,
                  LocalDate.of(2020, 12, 30));
          story(
              goodWorkerDecision,
              0,
              "Hơn mười năm gắn bó với dây chuyền sản xuất, chị là người đầu tiên của phân xưởng"
                  + " đề xuất cách bố trí lại khuôn, giúp tổ giảm một phần ba thời gian chuyển đổi"
                  + " mã hàng. Ngoài giờ làm, chị kèm cặp các bạn công nhân mới vào nghề và là"
                  + " người giữ quỹ “Tấm lòng vàng” của tổ công đoàn.",
              new Color(0x1F, 0x4E, 0x79));
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

  private DecisionView issue(
      long unitId, String subject, List<AwardeeDraft> awardees, LocalDate signedOn) {
    long id =
        decisions.draft(
            new DecisionDraft(
                unitId, 2020, subject, BASES, "Nguyễn Thị Thu Hà", "Chủ tịch", awardees));
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
