package vn.thidua.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.contest.ContestStatus;
import vn.thidua.contest.ContestView;
import vn.thidua.contest.Contests;
import vn.thidua.initiative.ProgrammeAchievement;
import vn.thidua.initiative.Programmes;
import vn.thidua.initiative.RecognitionLevel;
import vn.thidua.shared.security.Role;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

@IntegrationTest
class DemoInitiativesTests {

  @Autowired JdbcClient jdbc;
  @Autowired Programmes programmes;
  @Autowired Contests contests;

  long unit(String code) {
    return jdbc.sql("select id from org_unit where code = :code")
        .param("code", code)
        .query(Long.class)
        .single();
  }

  long programme() {
    return jdbc.sql(
            "select id from initiative_programme where name like 'Chương trình «1 triệu sáng kiến»%'")
        .query(Long.class)
        .single();
  }

  @Test
  void bacTuLiemsUnionsRecognised914InitiativesIn2020AgainstTheirTarget() {
    long btl = unit("HN-BTL");
    ProgrammeAchievement[] achievement = new ProgrammeAchievement[1];
    Users.runAs(
        Users.user(Role.VIEWER, btl),
        () -> achievement[0] = programmes.achievement(programme(), btl, null));

    assertThat(achievement[0].target()).isEqualTo(1_500);
    assertThat(achievement[0].recognised()).isEqualTo(914);
    assertThat(achievement[0].percent()).hasToString("60.9");
    assertThat(achievement[0].handedDown()).isEqualTo(1_500);
    assertThat(achievement[0].units()).hasSize(248);
    assertThat(
            jdbc.sql(
                    """
                    select count(*) from initiative_review r
                      join initiative i on i.id = r.initiative_id
                     where r.level = 'GRASSROOTS' and r.outcome = 'RECOGNISED'
                       and r.decided_on between date '2020-01-01' and date '2020-12-31'
                       and i.unit_path like :path
                    """)
                .param("path", "%/" + btl + "/%")
                .query(Long.class)
                .single())
        .isEqualTo(914);
  }

  @Test
  void theDistrictHonoured53AuthorsOrAuthorGroups() {
    long btl = unit("HN-BTL");
    ProgrammeAchievement[] achievement = new ProgrammeAchievement[1];
    Users.runAs(
        Users.user(Role.VIEWER, btl),
        () -> achievement[0] = programmes.achievement(programme(), btl, RecognitionLevel.DISTRICT));

    assertThat(achievement[0].authors()).isEqualTo(53);
    assertThat(
            jdbc.sql(
                    "select count(*) from initiative_review where unit_id = :btl"
                        + " and level = 'DISTRICT' and outcome = 'NOT_RECOGNISED'")
                .param("btl", btl)
                .query(Long.class)
                .single())
        .isEqualTo(4);
    ProgrammeAchievement[] hanoi = new ProgrammeAchievement[1];
    long hanoiId = unit("HN");
    Users.runAs(
        Users.user(Role.VIEWER, hanoiId),
        () -> hanoi[0] = programmes.achievement(programme(), hanoiId, RecognitionLevel.PROVINCE));
    assertThat(hanoi[0].recognised()).isEqualTo(2);
    assertThat(hanoi[0].target()).isEqualTo(60_000);
  }

  @Test
  void holdsAFinishedSkillsContestWithItsPrizes() {
    long btl = unit("HN-BTL");
    long id =
        jdbc.sql("select id from contest where name = :name")
            .param("name", DemoContest.NAME)
            .query(Long.class)
            .single();
    ContestView[] contest = new ContestView[1];
    Users.runAs(Users.user(Role.VIEWER, btl), () -> contest[0] = contests.get(id));

    assertThat(contest[0].status()).isEqualTo(ContestStatus.FINISHED);
    assertThat(contest[0].finishedOn()).isEqualTo(LocalDate.of(2020, 10, 16));
    assertThat(contest[0].entrants()).hasSize(18);
    assertThat(contest[0].marks()).hasSize(18 * 2 * 2);
    List<String> prizes =
        contest[0].entrants().stream()
            .map(ContestView.Entrant::prize)
            .filter(p -> p != null)
            .toList();
    assertThat(prizes).contains("Giải Nhất", "Giải Nhì", "Giải Ba", "Giải Khuyến khích");
    assertThat(prizes.size()).isBetween(10, 12);
  }
}
