package vn.thidua.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.stereotype.Component;
import vn.thidua.people.Gender;
import vn.thidua.people.NewPerson;
import vn.thidua.people.People;

/**
 * Workers with realistic Vietnamese names in every demo grassroots union: a dozen in most, more in
 * the units the demo logins belong to, so that lists, search and export have something to show.
 */
@Component
class DemoPeople {

  private static final List<String> JOBS =
      List.of(
          "Công nhân vận hành máy",
          "Công nhân may",
          "Kỹ thuật viên",
          "Giáo viên",
          "Kế toán",
          "Nhân viên văn phòng",
          "Lái xe",
          "Thợ hàn",
          "Thợ điện",
          "Chuyên viên",
          "Bác sĩ",
          "Điều dưỡng",
          "Nhân viên bán hàng",
          "Công nhân xây dựng");

  private final People people;

  DemoPeople(People people) {
    this.people = people;
  }

  int register(DemoOrganisation.Units units) {
    Random random = new Random(12_000_000);
    List<NewPerson> workers = new ArrayList<>();
    for (Map.Entry<String, Long> unit : units.grassroots().entrySet()) {
      boolean featured =
          unit.getKey().equals("Trường Tiểu học Đông Ngạc A")
              || unit.getKey().equals("Công ty Goldsun Việt Nam");
      int count = featured ? 40 : 8 + random.nextInt(8);
      boolean school = unit.getKey().startsWith("Trường");
      for (int i = 0; i < count; i++) {
        workers.add(worker(unit.getValue(), school, random));
      }
    }
    return people.registerAll(workers);
  }

  private static NewPerson worker(long unitId, boolean school, Random random) {
    boolean female = random.nextDouble() < (school ? 0.78 : 0.48);
    int birthYear = 1966 + random.nextInt(36);
    int firstYear = Math.max(birthYear + 18, 2000);
    LocalDate startedOn =
        LocalDate.of(firstYear + random.nextInt(Math.max(1, 2021 - firstYear)), 1, 1)
            .plusDays(random.nextInt(365));
    String job =
        school && random.nextBoolean() ? "Giáo viên" : JOBS.get(random.nextInt(JOBS.size()));
    return new NewPerson(
        unitId,
        VietnameseNames.next(random, female).fullName(),
        female ? Gender.FEMALE : Gender.MALE,
        birthYear,
        job,
        random.nextDouble() < 0.95,
        !school && random.nextDouble() < 0.6,
        startedOn);
  }
}
