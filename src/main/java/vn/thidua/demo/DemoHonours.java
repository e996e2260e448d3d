package vn.thidua.demo;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.thidua.honours.HonourAward;
import vn.thidua.honours.Honours;
import vn.thidua.honours.Recipient;
import vn.thidua.people.PeopleRegistry;
import vn.thidua.people.PersonSearch;
import vn.thidua.people.PersonView;

/**
 * Honours held before the system, for the first enterprises of Bắc Từ Liêm: their first six workers
 * were Lao động tiên tiến in 2018 and 2019, the first of them Chiến sĩ thi đua cơ sở in 2019, two
 * Công nhân giỏi at grassroots in 2019 and one of those at district level; each enterprise's union
 * was a Tập thể lao động tiên tiến in 2019.
 */
@Component
class DemoHonours {

  static final int ENTERPRISES = 4;
  static final int ADVANCED_WORKERS = 6;

  private final Honours honours;
  private final PeopleRegistry people;

  DemoHonours(Honours honours, PeopleRegistry people) {
    this.honours = honours;
    this.people = people;
  }

  void load(DemoOrganisation.Units units) {
    List<HonourAward> awards = new ArrayList<>();
    List<Long> enterprises =
        BacTuLiem.grassrootsUnits().stream()
            .filter(unit -> "DN".equals(unit.sectorCode()))
            .limit(ENTERPRISES)
            .map(unit -> units.grassroots().get(unit.name()))
            .toList();
    for (long enterprise : enterprises) {
      List<PersonView> workers =
          people.search(new PersonSearch(enterprise, "", false, 0, ADVANCED_WORKERS)).items();
      for (int i = 0; i < workers.size(); i++) {
        long worker = workers.get(i).id();
        awards.add(individual("LDTT", 1, worker, 2018, enterprise));
        awards.add(individual("LDTT", 1, worker, 2019, enterprise));
        if (i == 0) {
          awards.add(individual("CSTDCS", 1, worker, 2019, enterprise));
          awards.add(individual("CNG", 2, worker, 2019, units.bacTuLiem()));
        }
        if (i < 2) {
          awards.add(individual("CNG", 1, worker, 2019, enterprise));
        }
      }
      awards.add(
          new HonourAward(
              "TTLDTT", 1, Recipient.COLLECTIVE, null, enterprise, 2019, enterprise, null));
    }
    honours.recordAwarded(awards);
  }

  private static HonourAward individual(
      String code, int grade, long person, int year, long grantingUnit) {
    return new HonourAward(
        code, grade, Recipient.INDIVIDUAL, person, null, year, grantingUnit, null);
  }
}
