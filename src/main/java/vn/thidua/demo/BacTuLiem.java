package vn.thidua.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The 248 grassroots unions of Bắc Từ Liêm in three sectors, with weights that share out the
 * district's 9,815 workers and 9,367 members as of 30/09/2020.
 */
final class BacTuLiem {

  static final int GRASSROOTS_UNITS = 248;
  static final int WORKERS_2020 = 9_815;
  static final int MEMBERS_2020 = 9_367;

  private static final List<String> SPLIT_WARDS =
      List.of("Đông Ngạc", "Xuân Đỉnh", "Cổ Nhuế 1", "Phú Diễn", "Tây Tựu");
  private static final List<String> HIGH_SCHOOLS =
      List.of(
          "Trường THPT Xuân Đỉnh",
          "Trường THPT Thượng Cát",
          "Trường THPT Nguyễn Thị Minh Khai",
          "Trường THPT Đông Ngạc");

  private BacTuLiem() {}

  static List<DemoUnit> grassrootsUnits() {
    Random random = new Random(2020);
    List<DemoUnit> units = new ArrayList<>();
    List<DemoNames.Ward> wards = DemoNames.WARDS;
    for (DemoNames.Ward ward : wards) {
      for (String kind : DemoNames.SCHOOL_KINDS) {
        boolean split = SPLIT_WARDS.contains(ward.name()) && !kind.equals("Trường THCS");
        for (String suffix : split ? List.of(" A", " B") : List.of("")) {
          units.add(school(kind + " " + ward.name() + suffix, ward, random));
        }
      }
    }
    for (int i = 0; i < HIGH_SCHOOLS.size(); i++) {
      units.add(school(HIGH_SCHOOLS.get(i), wards.get(i * 3 % wards.size()), random));
    }
    int privateSchools = 70 - units.size();
    for (int i = 0; i < privateSchools; i++) {
      units.add(
          school(
              "Trường Mầm non tư thục " + DemoNames.ENTERPRISE_NAMES.get(i),
              wards.get(i % wards.size()),
              random));
    }
    for (DemoNames.Ward ward : wards) {
      for (String body : DemoNames.PUBLIC_BODIES) {
        units.add(new DemoUnit(body + " " + ward.name(), "HCSN", ward, 10 + random.nextInt(40)));
      }
    }
    for (int i = 0; i < DemoNames.DISTRICT_BODIES.size(); i++) {
      units.add(
          new DemoUnit(
              DemoNames.DISTRICT_BODIES.get(i),
              "HCSN",
              wards.get(i % wards.size()),
              40 + random.nextInt(120)));
    }
    for (int i = 0; i < DemoNames.NAMED_ENTERPRISES.size(); i++) {
      units.add(
          new DemoUnit(
              DemoNames.NAMED_ENTERPRISES.get(i), "DN", wards.get(i * 4 % wards.size()), 150));
    }
    int n = 0;
    while (units.size() < GRASSROOTS_UNITS) {
      String name =
          DemoNames.ENTERPRISE_FORMS.get(n % DemoNames.ENTERPRISE_FORMS.size())
              + " "
              + DemoNames.ENTERPRISE_TRADES.get(n % DemoNames.ENTERPRISE_TRADES.size())
              + " "
              + DemoNames.ENTERPRISE_NAMES.get(
                  n / DemoNames.ENTERPRISE_TRADES.size() % DemoNames.ENTERPRISE_NAMES.size());
      units.add(new DemoUnit(name, "DN", wards.get(n % wards.size()), 15 + random.nextInt(80)));
      n++;
    }
    return List.copyOf(units);
  }

  private static DemoUnit school(String name, DemoNames.Ward ward, Random random) {
    return new DemoUnit(name, "TH", ward, 25 + random.nextInt(45));
  }
}
