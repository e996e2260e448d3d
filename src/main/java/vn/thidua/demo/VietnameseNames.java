package vn.thidua.demo;

import java.util.List;
import java.util.Random;

/** Realistic Vietnamese full names: family name, middle name and given name by gender. */
final class VietnameseNames {

  record Name(String fullName, boolean female) {}

  private static final List<String> FAMILY =
      List.of(
          "Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Trần", "Lê", "Lê", "Phạm", "Hoàng", "Huỳnh",
          "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh",
          "Đào", "Mai", "Tạ", "Lương", "Kiều", "Chu");
  private static final List<String> MIDDLE_MALE =
      List.of("Văn", "Văn", "Đức", "Minh", "Quang", "Hữu", "Thành", "Công", "Xuân", "Mạnh", "Tiến");
  private static final List<String> MIDDLE_FEMALE =
      List.of("Thị", "Thị", "Thị", "Ngọc", "Thu", "Thanh", "Minh", "Hồng", "Phương", "Bích", "Kim");
  private static final List<String> GIVEN_MALE =
      List.of(
          "An", "Bình", "Cường", "Dũng", "Đạt", "Hùng", "Hải", "Hiếu", "Huy", "Khánh", "Long",
          "Nam", "Phong", "Quân", "Sơn", "Thắng", "Tuấn", "Việt", "Trung", "Toàn", "Thịnh", "Lâm");
  private static final List<String> GIVEN_FEMALE =
      List.of(
          "Anh", "Chi", "Dung", "Hà", "Hạnh", "Hoa", "Hương", "Lan", "Linh", "Mai", "Nga", "Ngọc",
          "Phương", "Thảo", "Trang", "Yến", "Huyền", "Oanh", "Nhung", "Vân", "Thủy", "Loan");

  private VietnameseNames() {}

  static Name next(Random random, boolean female) {
    String family = pick(random, FAMILY);
    String middle = pick(random, female ? MIDDLE_FEMALE : MIDDLE_MALE);
    String given = pick(random, female ? GIVEN_FEMALE : GIVEN_MALE);
    return new Name(family + " " + middle + " " + given, female);
  }

  private static String pick(Random random, List<String> names) {
    return names.get(random.nextInt(names.size()));
  }
}
