package vn.thidua.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.springframework.stereotype.Component;
import vn.thidua.contest.ContestView;
import vn.thidua.contest.Contests;
import vn.thidua.contest.EntryKind;
import vn.thidua.contest.Mark;
import vn.thidua.contest.NewContest;
import vn.thidua.contest.NewEntry;
import vn.thidua.people.PeopleRegistry;
import vn.thidua.people.PersonSearch;
import vn.thidua.people.PersonView;
import vn.thidua.shared.security.SignedInUser;

/**
 * Bắc Từ Liêm's 2020 skills contest for industrial electricians, finished: eighteen workers from
 * nine enterprises, marked by the district's two council members in a theory and a practice round,
 * ranked, with its prizes.
 */
@Component
class DemoContest {

  static final String NAME = "Hội thi Công nhân giỏi quận Bắc Từ Liêm năm 2020";
  static final LocalDate HELD_FROM = LocalDate.of(2020, 10, 15);
  static final LocalDate HELD_TO = LocalDate.of(2020, 10, 16);

  private final Contests contests;
  private final PeopleRegistry people;

  DemoContest(Contests contests, PeopleRegistry people) {
    this.contests = contests;
    this.people = people;
  }

  long load(DemoOrganisation.Units units, DemoAccounts.Created logins) {
    ContestView contest =
        contests.organise(
            new NewContest(
                units.bacTuLiem(),
                NAME,
                "Điện công nghiệp",
                "Tôn vinh người lao động giỏi tay nghề, lan tỏa phong trào thi đua lao động sản"
                    + " xuất trong các doanh nghiệp trên địa bàn quận.",
                HELD_FROM,
                HELD_TO,
                LocalDate.of(2020, 10, 5),
                EntryKind.PERSON,
                BigDecimal.ZERO,
                BigDecimal.valueOf(100),
                List.of(
                    new NewContest.RoundPlan("Thi lý thuyết", HELD_FROM, 1),
                    new NewContest.RoundPlan("Thi thực hành", HELD_TO, 2)),
                List.of(
                    new NewContest.PrizePlan("Giải Nhất", 1),
                    new NewContest.PrizePlan("Giải Nhì", 2),
                    new NewContest.PrizePlan("Giải Ba", 3),
                    new NewContest.PrizePlan("Giải Khuyến khích", 4))));
    List<Long> enterprises =
        BacTuLiem.grassrootsUnits().stream()
            .filter(unit -> "DN".equals(unit.sectorCode()))
            .limit(9)
            .map(unit -> units.grassroots().get(unit.name()))
            .toList();
    ContestView registered = contest;
    for (long enterprise : enterprises) {
      List<PersonView> workers =
          people.search(new PersonSearch(enterprise, "", false, 0, 2)).items();
      for (PersonView worker : workers) {
        registered =
            contests.register(
                contest.id(),
                new NewEntry(enterprise, worker.id(), null, List.of(), LocalDate.of(2020, 9, 28)));
      }
    }
    List<SignedInUser> judges =
        List.of(
            DemoActor.of(logins.login("btl.hoidong"), units.bacTuLiem()),
            DemoActor.of(logins.login("btl.giamkhao"), units.bacTuLiem()));
    Random random = new Random(2020);
    List<ContestView.Entrant> entrants = new ArrayList<>(registered.entrants());
    for (ContestView.RoundView round : registered.rounds()) {
      for (ContestView.Entrant entrant : entrants) {
        for (SignedInUser judge : judges) {
          BigDecimal points =
              BigDecimal.valueOf(110 + random.nextInt(85), 0).divide(BigDecimal.valueOf(2));
          DemoActor.call(
              judge, () -> contests.mark(contest.id(), round.id(), new Mark(entrant.id(), points)));
        }
      }
    }
    return contests.finish(contest.id(), contests.get(contest.id()).version(), HELD_TO).id();
  }
}
