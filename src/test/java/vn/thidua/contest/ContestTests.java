package vn.thidua.contest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class ContestTests {

  static final LocalDate FROM = LocalDate.of(2020, 10, 5);

  static Contest aWeldingContest(EntryKind kind) {
    Contest contest =
        Contest.organise(
            7,
            new NewContest(
                7L,
                "Hội thi thợ hàn giỏi",
                "Hàn điện",
                null,
                FROM,
                FROM.plusDays(2),
                FROM.minusDays(5),
                kind,
                BigDecimal.ZERO,
                BigDecimal.TEN,
                List.of(
                    new NewContest.RoundPlan("Lý thuyết", FROM, 1),
                    new NewContest.RoundPlan("Thực hành", FROM.plusDays(1), 3)),
                List.of(
                    new NewContest.PrizePlan("Giải Nhất", 1),
                    new NewContest.PrizePlan("Giải Nhì", 1))),
            "canbo",
            Instant.now());
    long id = 100;
    for (Round round : contest.rounds()) {
      ReflectionTestUtils.setField(round, "id", id++);
    }
    return contest;
  }

  static long register(Contest contest, long personId, String name) {
    Registration registration =
        contest.register(
            42, null, List.of(new TeamMember(personId, name)), FROM.minusDays(10), "cs");
    ReflectionTestUtils.setField(registration, "id", personId * 10);
    return personId * 10;
  }

  static BigDecimal points(String value) {
    return new BigDecimal(value);
  }

  @Test
  void ranksByTheWeightedAverageOfEachRoundsMarks() {
    Contest contest = aWeldingContest(EntryKind.PERSON);
    long an = register(contest, 1, "Nguyễn Văn An");
    long binh = register(contest, 2, "Trần Văn Bình");
    Instant now = Instant.now();
    contest.score(100, an, 1, "GK1", points("6"), now);
    contest.score(100, an, 2, "GK2", points("8"), now);
    contest.score(101, an, 1, "GK1", points("9"), now);
    contest.score(100, binh, 1, "GK1", points("10"), now);
    contest.score(101, binh, 1, "GK1", points("8.5"), now);

    contest.finish(FROM.plusDays(2));

    assertThat(contest.status()).isEqualTo(ContestStatus.FINISHED);
    assertThat(contest.registrations())
        .extracting(
            Registration::entrantName,
            Registration::finalScore,
            Registration::finalRank,
            Registration::prize)
        .containsExactly(
            tuple("Nguyễn Văn An", new BigDecimal("8.50"), 2, "Giải Nhì"),
            tuple("Trần Văn Bình", new BigDecimal("8.88"), 1, "Giải Nhất"));
  }

  @Test
  void refusesAMarkOutsideTheScale() {
    Contest contest = aWeldingContest(EntryKind.PERSON);
    long an = register(contest, 1, "Nguyễn Văn An");

    assertThatThrownBy(() -> contest.score(100, an, 1, "GK1", points("10.5"), Instant.now()))
        .isInstanceOf(ScoreOutsideScale.class)
        .extracting("messageKey", "args")
        .containsExactly("contest.score.scale", new Object[] {"10.5", "0", "10"});
    assertThatThrownBy(() -> contest.score(100, an, 1, "GK1", points("-1"), Instant.now()))
        .isInstanceOf(ScoreOutsideScale.class);
    assertThat(contest.scores()).isEmpty();
  }

  @Test
  void refusesAJudgeScoringAnEntrantTwiceInARound() {
    Contest contest = aWeldingContest(EntryKind.PERSON);
    long an = register(contest, 1, "Nguyễn Văn An");
    contest.score(100, an, 1, "Giám khảo Hòa", points("7"), Instant.now());

    assertThatThrownBy(() -> contest.score(100, an, 1, "Giám khảo Hòa", points("9"), Instant.now()))
        .isInstanceOf(JudgeScoredTwice.class)
        .extracting("args")
        .isEqualTo(new Object[] {"Giám khảo Hòa", "Nguyễn Văn An", "Lý thuyết"});
    contest.score(101, an, 1, "Giám khảo Hòa", points("9"), Instant.now());
    assertThat(contest.scores()).hasSize(2);
  }

  @Test
  void finishesOnlyWhenEveryEntrantHasAMarkInEveryRound() {
    Contest contest = aWeldingContest(EntryKind.PERSON);
    long an = register(contest, 1, "Nguyễn Văn An");
    contest.score(100, an, 1, "GK1", points("7"), Instant.now());

    assertThatThrownBy(() -> contest.finish(FROM.plusDays(2)))
        .extracting("messageKey", "args")
        .containsExactly("contest.finish.unscored", new Object[] {"Nguyễn Văn An", "Thực hành"});
    assertThat(contest.status()).isEqualTo(ContestStatus.OPEN);
  }

  @Test
  void takesNoMarksOrEntrantsOnceFinished() {
    Contest contest = aWeldingContest(EntryKind.PERSON);
    long an = register(contest, 1, "Nguyễn Văn An");
    contest.score(100, an, 1, "GK1", points("7"), Instant.now());
    contest.score(101, an, 1, "GK1", points("7"), Instant.now());
    contest.finish(FROM.plusDays(2));

    assertThatThrownBy(() -> contest.score(100, an, 2, "GK2", points("7"), Instant.now()))
        .extracting("messageKey")
        .isEqualTo("contest.finished");
  }

  @Test
  void registersWorkersOrTeamsAsTheContestAllowsAndEachPersonOnce() {
    Contest persons = aWeldingContest(EntryKind.PERSON);
    register(persons, 1, "Nguyễn Văn An");
    assertThatThrownBy(() -> register(persons, 1, "Nguyễn Văn An"))
        .extracting("messageKey")
        .isEqualTo("contest.register.twice");
    assertThatThrownBy(
            () ->
                persons.register(
                    42,
                    "Tổ hàn 1",
                    List.of(new TeamMember(3, "C"), new TeamMember(4, "D")),
                    FROM.minusDays(10),
                    "cs"))
        .extracting("messageKey")
        .isEqualTo("contest.register.noTeams");
    assertThatThrownBy(
            () ->
                persons.register(
                    42, null, List.of(new TeamMember(5, "E")), FROM.minusDays(4), "cs"))
        .extracting("messageKey")
        .isEqualTo("contest.register.closed");

    Contest teams = aWeldingContest(EntryKind.TEAM);
    Registration team =
        teams.register(
            42,
            "Tổ hàn 1",
            List.of(new TeamMember(3, "C"), new TeamMember(4, "D")),
            FROM.minusDays(10),
            "cs");
    assertThat(team.entrantName()).isEqualTo("Tổ hàn 1");
    assertThatThrownBy(
            () ->
                teams.register(
                    42,
                    "Tổ hàn 2",
                    List.of(new TeamMember(4, "D"), new TeamMember(6, "F")),
                    FROM.minusDays(10),
                    "cs"))
        .extracting("messageKey", "args")
        .containsExactly("contest.register.twice", new Object[] {"D"});
  }

  @Test
  void refusesAScaleThatIsNotOneWayUp() {
    assertThatThrownBy(
            () ->
                Contest.organise(
                    7,
                    new NewContest(
                        7L,
                        "Hội thi",
                        null,
                        null,
                        FROM,
                        FROM,
                        FROM,
                        EntryKind.PERSON,
                        BigDecimal.TEN,
                        BigDecimal.ONE,
                        List.of(new NewContest.RoundPlan("Vòng 1", null, null)),
                        List.of()),
                    "cs",
                    Instant.now()))
        .extracting("messageKey")
        .isEqualTo("contest.scale.range");
  }
}
