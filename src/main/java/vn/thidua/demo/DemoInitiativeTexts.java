package vn.thidua.demo;

import java.util.List;
import java.util.Random;
import vn.thidua.initiative.InitiativeField;

/**
 * Titles, summaries and author groups of the demo's initiatives, by the kind of grassroots union.
 */
final class DemoInitiativeTexts {

  record Text(String title, String summary, InitiativeField field, String group) {}

  private static final List<String> MACHINES =
      List.of(
          "máy cắt tôn",
          "băng tải",
          "máy ép nhựa",
          "hệ thống khí nén",
          "máy hàn",
          "lò sấy",
          "máy nén khí",
          "dây chuyền đóng gói",
          "máy dập",
          "hệ thống chiếu sáng",
          "máy tiện",
          "tủ điện phân phối",
          "bơm nước làm mát",
          "quạt hút bụi",
          "máy in nhãn",
          "xe nâng",
          "máy khoan",
          "máy trộn bê tông",
          "máy may công nghiệp",
          "kho vật tư");
  private static final List<String> GOALS =
      List.of(
          "để giảm tiêu hao điện năng",
          "để tăng năng suất",
          "để giảm phế phẩm",
          "bảo đảm an toàn lao động",
          "rút ngắn thời gian thao tác",
          "tiết kiệm nguyên vật liệu",
          "giảm tiếng ồn",
          "kéo dài tuổi thọ thiết bị");
  private static final List<String> MAKING =
      List.of("Cải tiến", "Thiết kế lại", "Tự động hóa", "Lắp bộ điều khiển cho");
  private static final List<String> METHODS =
      List.of(
          "Ứng dụng trò chơi trong dạy", "Sử dụng sơ đồ tư duy khi dạy",
          "Tổ chức hoạt động trải nghiệm trong môn", "Ứng dụng công nghệ thông tin khi dạy",
          "Thiết kế học liệu số cho môn", "Dạy học theo dự án môn");
  private static final List<String> SUBJECTS =
      List.of(
          "Toán",
          "Tiếng Việt",
          "Tiếng Anh",
          "Khoa học",
          "Lịch sử và Địa lý",
          "Âm nhạc",
          "Mỹ thuật",
          "Đạo đức");
  private static final List<String> ACTIONS =
      List.of(
          "Số hóa",
          "Rút gọn quy trình",
          "Chuẩn hóa biểu mẫu",
          "Ứng dụng phần mềm quản lý",
          "Công khai trực tuyến",
          "Sắp xếp lại khâu");
  private static final List<String> PROCESSES =
      List.of(
          "hồ sơ hộ tịch",
          "tiếp nhận hồ sơ một cửa",
          "quản lý văn bản đến",
          "thu phí vệ sinh",
          "quản lý đoàn viên",
          "cấp giấy xác nhận cư trú",
          "quản lý tài sản công",
          "lưu trữ hồ sơ đất đai",
          "tiêm chủng mở rộng",
          "khám sức khỏe định kỳ");
  private static final List<String> FACTORY_GROUPS =
      List.of("Tổ Cơ điện", "Tổ Kỹ thuật", "Phân xưởng 1", "Tổ Bảo trì", "Tổ Vận hành");
  private static final List<String> OFFICE_GROUPS =
      List.of("Bộ phận Một cửa", "Tổ Văn phòng", "Tổ Hành chính – Tổng hợp");

  private DemoInitiativeTexts() {}

  static Text next(String sectorCode, String unitName, Random random) {
    return switch (sectorCode) {
      case "TH" -> school(unitName, random);
      case "HCSN" -> office(random);
      default -> factory(random);
    };
  }

  private static Text factory(Random random) {
    String machine = pick(MACHINES, random);
    String title = pick(MAKING, random) + " " + machine + " " + pick(GOALS, random);
    return new Text(
        title,
        "Trước đây "
            + machine
            + " phải điều chỉnh bằng tay, hay dừng máy và tốn nhân công. Nhóm tác giả thiết kế"
            + " lại cơ cấu, lắp thêm cảm biến và bộ hẹn giờ; sau sáu tháng áp dụng, thời gian"
            + " dừng máy giảm rõ rệt.",
        random.nextInt(4) == 0 ? InitiativeField.SAFETY : InitiativeField.TECHNOLOGY,
        pick(FACTORY_GROUPS, random));
  }

  private static Text school(String unitName, Random random) {
    String grade =
        unitName.contains("Mầm non")
            ? "trẻ " + (3 + random.nextInt(3)) + "–" + (4 + random.nextInt(3)) + " tuổi"
            : unitName.contains("Tiểu học")
                ? "học sinh lớp " + (1 + random.nextInt(5))
                : "học sinh lớp " + (6 + random.nextInt(4));
    String subject = pick(SUBJECTS, random);
    String title = pick(METHODS, random) + " " + subject + " cho " + grade;
    return new Text(
        title,
        "Giáo viên xây dựng bộ học liệu và cách tổ chức giờ học mới cho "
            + grade
            + ", giúp các em chủ động, hứng thú hơn; kết quả kiểm tra cuối kỳ môn "
            + subject
            + " tăng so với năm trước.",
        InitiativeField.EDUCATION,
        "Tổ chuyên môn " + subject);
  }

  private static Text office(Random random) {
    String process = pick(PROCESSES, random);
    String title = pick(ACTIONS, random) + " " + process;
    return new Text(
        title,
        "Rà soát các bước "
            + process
            + ", bỏ khâu trùng lặp và dùng bảng tính chung, người dân và cán bộ chờ đợi ít hơn.",
        process.contains("tiêm") || process.contains("khám")
            ? InitiativeField.HEALTH
            : InitiativeField.MANAGEMENT,
        pick(OFFICE_GROUPS, random));
  }

  private static String pick(List<String> choices, Random random) {
    return choices.get(random.nextInt(choices.size()));
  }
}
