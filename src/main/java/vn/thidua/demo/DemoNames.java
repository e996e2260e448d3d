package vn.thidua.demo;

import java.util.List;

/** Place and organisation names of Bắc Từ Liêm, for the demo's grassroots unions. */
final class DemoNames {

  /** The old wards of Bắc Từ Liêm, each with the ward union that took its units in 2025. */
  record Ward(String name, String wardUnion) {}

  static final List<String> WARD_UNIONS =
      List.of("Đông Ngạc", "Thượng Cát", "Tây Tựu", "Xuân Đỉnh", "Phú Diễn");

  static final List<Ward> WARDS =
      List.of(
          new Ward("Đông Ngạc", "Đông Ngạc"),
          new Ward("Đức Thắng", "Đông Ngạc"),
          new Ward("Thụy Phương", "Đông Ngạc"),
          new Ward("Thượng Cát", "Thượng Cát"),
          new Ward("Liên Mạc", "Thượng Cát"),
          new Ward("Tây Tựu", "Tây Tựu"),
          new Ward("Minh Khai", "Tây Tựu"),
          new Ward("Xuân Đỉnh", "Xuân Đỉnh"),
          new Ward("Xuân Tảo", "Xuân Đỉnh"),
          new Ward("Cổ Nhuế 1", "Xuân Đỉnh"),
          new Ward("Phú Diễn", "Phú Diễn"),
          new Ward("Phúc Diễn", "Phú Diễn"),
          new Ward("Cổ Nhuế 2", "Phú Diễn"));

  static final List<String> SCHOOL_KINDS =
      List.of("Trường Mầm non", "Trường Tiểu học", "Trường THCS");

  static final List<String> PUBLIC_BODIES =
      List.of(
          "Ủy ban nhân dân phường",
          "Trạm Y tế phường",
          "Công an phường",
          "Ban Quản lý chợ phường",
          "Hợp tác xã dịch vụ nông nghiệp");

  static final List<String> DISTRICT_BODIES =
      List.of(
          "Cơ quan Quận ủy Bắc Từ Liêm",
          "Cơ quan Ủy ban nhân dân quận Bắc Từ Liêm",
          "Bệnh viện Bắc Thăng Long",
          "Trung tâm Y tế quận Bắc Từ Liêm",
          "Bảo hiểm xã hội quận Bắc Từ Liêm",
          "Chi cục Thuế quận Bắc Từ Liêm",
          "Kho bạc Nhà nước Bắc Từ Liêm",
          "Viện Kiểm sát nhân dân quận Bắc Từ Liêm",
          "Tòa án nhân dân quận Bắc Từ Liêm",
          "Chi cục Thi hành án dân sự quận Bắc Từ Liêm",
          "Trung tâm Văn hóa – Thông tin và Thể thao quận",
          "Ban Quản lý dự án đầu tư xây dựng quận",
          "Trường Trung cấp Kinh tế – Kỹ thuật Bắc Thăng Long",
          "Đại học Mỏ – Địa chất",
          "Học viện Tài chính");

  static final List<String> NAMED_ENTERPRISES =
      List.of(
          "Công ty cổ phần đầu tư Tây Bắc",
          "Công ty Goldsun Việt Nam",
          "Công ty TNHH Sapon Việt Nam",
          "Công ty Cổ phần Mihamex");

  static final List<String> ENTERPRISE_FORMS =
      List.of("Công ty TNHH", "Công ty Cổ phần", "Công ty TNHH MTV");

  static final List<String> ENTERPRISE_TRADES =
      List.of(
          "Cơ khí",
          "Xây dựng",
          "May mặc",
          "Thực phẩm",
          "Điện tử",
          "In và Bao bì",
          "Vận tải",
          "Thương mại",
          "Dược phẩm",
          "Nhựa",
          "Môi trường đô thị",
          "Công nghệ");

  static final List<String> ENTERPRISE_NAMES =
      List.of(
          "Thăng Long",
          "Hồng Hà",
          "Phú Thượng",
          "An Khánh",
          "Việt Hưng",
          "Sông Đà",
          "Đại Phát",
          "Nam Thành",
          "Hưng Thịnh",
          "Bình Minh",
          "Tân Phát",
          "Hà Thành",
          "Kim Long",
          "Minh Phát",
          "Thành Công",
          "Hoàng Hà",
          "Phương Đông",
          "Trường An");

  static final List<String> ZONE_ENTERPRISES =
      List.of(
          "Công ty TNHH Điện tử Thăng Long",
          "Công ty TNHH Linh kiện Chính xác Nội Bài",
          "Công ty TNHH Sản xuất Phụ tùng Quang Minh",
          "Công ty TNHH May xuất khẩu Sài Đồng",
          "Công ty TNHH Thiết bị Y tế Bắc Thăng Long",
          "Công ty TNHH Bao bì Kim Chung",
          "Công ty TNHH Cơ điện lạnh Đông Anh",
          "Công ty TNHH Quang học Hà Nội",
          "Công ty Cổ phần Thực phẩm Phú Nghĩa",
          "Công ty TNHH Nhựa Kỹ thuật Thạch Thất");

  private DemoNames() {}
}
