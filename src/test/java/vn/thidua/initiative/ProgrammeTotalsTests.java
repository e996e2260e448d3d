package vn.thidua.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.organisation.Hierarchy;
import vn.thidua.people.Gender;
import vn.thidua.people.NewPerson;
import vn.thidua.people.People;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.shared.web.DomainException;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

/**
 * The programme totals agree with the initiative rows after any mix of changes: submissions,
 * decisions level by level, authors changed, and corrections made by hand in SQL (an initiative
 * moved to another union or programme, deleted, its level, benefit, group or authors changed), and
 * a union moved to another district in the middle of the programme. After every change, each unit's
 * achievement at each level read from the totals equals the statement over the initiative rows that
 * the totals replaced ({@link RowBasedAchievement}).
 */
@IntegrationTest
class ProgrammeTotalsTests {

  static final LocalDate REFORM = LocalDate.of(2024, 7, 1);
  static final String[] GROUPS = {"Tổ bảo trì", "Tổ cơ điện", "Nhóm kỹ thuật"};

  @Autowired Initiatives initiatives;
  @Autowired Programmes programmes;
  @Autowired Hierarchy hierarchy;
  @Autowired People people;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;
  @Autowired AchievementQueries totals;
  @Autowired UnitPlaces places;
  @Autowired TransactionTemplate transactions;

  final Random random = new Random(20261122);
  final List<Long> units = new ArrayList<>();
  final List<Long> unions = new ArrayList<>();
  final List<Long> authors = new ArrayList<>();
  final List<Long> submitted = new ArrayList<>();
  final Set<String> performed = new TreeSet<>();
  SignedInUser national;
  long province;
  long north;
  long south;
  long programme;
  long otherProgramme;
  boolean reformed;
  LocalDate today = LocalDate.of(2025, 1, 1);

  @BeforeEach
  void aProvinceWithTwoDistrictsAndTwoProgrammes() {
    national = Users.user(Role.OFFICER, fixtures.nationalUnitId());
    province = fixtures.province("LĐLĐ tỉnh tổng hợp");
    north = fixtures.unit(province, "LĐLĐ huyện Bắc tổng hợp", "DISTRICT");
    south = fixtures.unit(province, "LĐLĐ huyện Nam tổng hợp", "DISTRICT");
    unions.add(fixtures.grassroots(north, "Công đoàn Nhà máy nước"));
    unions.add(fixtures.grassroots(north, "Công đoàn Xí nghiệp may"));
    unions.add(fixtures.grassroots(south, "Công đoàn Bệnh viện huyện"));
    unions.add(fixtures.grassroots(province, "Công đoàn Công ty điện lực"));
    units.addAll(List.of(province, north, south));
    units.addAll(unions);
    for (int i = 0; i < 7; i++) {
      long union = unions.get(i % unions.size());
      authors.add(
          people.register(
              new NewPerson(
                  union,
                  "Tác giả tổng hợp " + i,
                  Gender.FEMALE,
                  1980 + i,
                  "Kỹ sư",
                  true,
                  true,
                  LocalDate.of(2010, 1, 4))));
    }
    programme = launch("Chương trình sáng kiến tổng hợp");
    otherProgramme = launch("Chương trình sáng kiến chuyên đề tổng hợp");
  }

  @Test
  void totalsAgreeWithTheInitiativeRowsAfterEveryChange() {
    for (int step = 0; step < 150; step++) {
      String operation = randomOperation();
      assertThat(differences()).as("step %d, after %s", step, operation).isEmpty();
    }
    assertThat(
            count(
                "select count(*) from initiative where programme_id = "
                    + programme
                    + " and recognised_rank >= 2"))
        .as("the mix reached the higher levels")
        .isPositive();
    assertThat(performed)
        .as("every kind of change happened at least once")
        .contains(
            "submitted",
            "recognised",
            "refused",
            "proposed",
            "changed the authors",
            "moved a union",
            "moved to a union",
            "moved to a programme",
            "deleted",
            "set the level",
            "added an author",
            "removed an author",
            "replaced the authors",
            "changed the benefit and group");
    assertThat(rebuiltAfresh()).isEqualTo(rowsOfTheTotals());
  }

  @Test
  void anInitiativeCountsWhereItsUnionStoodWhenItWasSubmitted() {
    long union = unions.get(0);
    long before = recognisedAt(union, LocalDate.of(2024, 3, 1), "Trước cải cách");
    run(national, () -> hierarchy.move(union, south, REFORM));
    recognisedAt(union, LocalDate.of(2024, 9, 1), "Sau cải cách");

    AchievementQueries.Rows ofProvince = totals.byChild(programme, province, 1);
    assertThat(ofProvince.total().recognised()).isEqualTo(2);
    assertThat(ofProvince.byKey().get(north).recognised()).isEqualTo(1);
    assertThat(ofProvince.byKey().get(south).recognised()).isEqualTo(1);
    assertThat(totals.byChild(programme, union, 1).total().authors())
        .as("one author, counted once across the union's two paths")
        .isEqualTo(1);
    assertThat(differences()).isEmpty();

    jdbc.sql("delete from initiative where id = :id").param("id", before).update();
    assertThat(totals.byChild(programme, province, 1).byKey()).doesNotContainKey(north);
  }

  @Test
  void twoTransactionsAddingTheSameAuthorAtOnceCountThemOnce() throws Exception {
    long first = underReview(unions.get(0), authors.get(1), "Thêm tác giả thứ nhất");
    long second = underReview(unions.get(1), authors.get(2), "Thêm tác giả thứ hai");
    recognise(first);
    recognise(second);
    long common = authors.get(0);
    CountDownLatch firstAdded = new CountDownLatch(1);
    ExecutorService sessions = Executors.newFixedThreadPool(2);
    try {
      Future<?> slow =
          sessions.submit(
              () ->
                  transactions.executeWithoutResult(
                      status -> {
                        addAuthor(first, common);
                        firstAdded.countDown();
                        pause();
                      }));
      assertThat(firstAdded.await(30, TimeUnit.SECONDS)).isTrue();
      Future<?> quick =
          sessions.submit(
              () -> transactions.executeWithoutResult(status -> addAuthor(second, common)));
      slow.get(60, TimeUnit.SECONDS);
      quick.get(60, TimeUnit.SECONDS);
    } finally {
      sessions.shutdown();
    }

    AchievementQueries.Rows ofProvince = totals.byChild(programme, province, 1);
    assertThat(ofProvince.total().recognised()).isEqualTo(2);
    assertThat(ofProvince.total().authors()).as("three people, the common one once").isEqualTo(3);
    assertThat(differences()).isEmpty();
  }

  long underReview(long union, long author, String title) {
    return as(
            national,
            () ->
                initiatives.submit(
                    form(
                        union,
                        programme,
                        title,
                        List.of(new AuthorEntry(author, null, "Phối hợp thực hiện")),
                        null,
                        LocalDate.of(2024, 5, 2))))
        .id();
  }

  void addAuthor(long initiative, long person) {
    jdbc.sql(
            """
            insert into initiative_author (initiative_id, position, person_id, full_name, unit_id, share)
            values (:id, 1, :person, 'Tác giả', :union, 10)
            """)
        .param("id", initiative)
        .param("person", person)
        .param("union", unions.get(0))
        .update();
  }

  void recognise(long initiative) {
    jdbc.sql("update initiative set recognised_rank = 1 where id = :id")
        .param("id", initiative)
        .update();
  }

  /** Holds the first transaction open while the second one changes the totals. */
  static void pause() {
    try {
      Thread.sleep(3_000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  long recognisedAt(long union, LocalDate day, String title) {
    InitiativeView view =
        as(
            national,
            () ->
                initiatives.submit(
                    form(
                        union,
                        programme,
                        title,
                        List.of(new AuthorEntry(authors.get(0), null, null)),
                        null,
                        day)));
    as(
        national,
        () ->
            initiatives.decide(
                view.id(),
                RecognitionLevel.GRASSROOTS,
                new Decision(true, null, day.plusDays(5), null, null, view.version())));
    return view.id();
  }

  /** Performs one change picked at random; returns what it was, for the failure message. */
  String randomOperation() {
    int pick = random.nextInt(100);
    today = today.plusDays(1);
    try {
      if (submitted.size() < 6 || pick < 25) {
        return submit();
      }
      long initiative = submitted.get(random.nextInt(submitted.size()));
      if (pick < 45) {
        return decide(initiative);
      }
      if (pick < 55) {
        return proposeAndDecide(initiative);
      }
      if (pick < 60) {
        return changeBeforeDecision(initiative);
      }
      if (pick < 64 && !reformed) {
        return reform();
      }
      return correctByHand(initiative, pick);
    } catch (DomainException | IllegalStateException refused) {
      return "a refused change (" + refused.getMessage() + ")";
    }
  }

  String submit() {
    long union = unions.get(random.nextInt(unions.size()));
    long inProgramme = random.nextInt(8) == 0 ? otherProgramme : programme;
    LocalDate day = LocalDate.of(2024, 1 + random.nextInt(12), 1 + random.nextInt(28));
    List<AuthorEntry> entries = new ArrayList<>();
    String group = null;
    if (random.nextInt(4) == 0) {
      group = GROUPS[random.nextInt(GROUPS.length)];
    } else {
      int count = 1 + random.nextInt(3);
      List<Long> chosen = new ArrayList<>(authors);
      Collections.shuffle(chosen, random);
      for (int i = 0; i < count; i++) {
        BigDecimal share =
            count == 1
                ? null
                : i == count - 1
                    ? BigDecimal.valueOf(100 - (count - 1) * (100 / count))
                    : BigDecimal.valueOf(100 / count);
        entries.add(new AuthorEntry(chosen.get(i), share, "Phối hợp thực hiện"));
      }
    }
    String title = "Sáng kiến tổng hợp " + submitted.size() + " " + random.nextInt(1_000_000);
    List<AuthorEntry> finalEntries = entries;
    String finalGroup = group;
    InitiativeView view =
        as(
            national,
            () ->
                initiatives.submit(form(union, inProgramme, title, finalEntries, finalGroup, day)));
    submitted.add(view.id());
    performed.add("submitted");
    return "submitted " + view.id();
  }

  String decide(long initiative) {
    InitiativeView view = as(national, () -> initiatives.get(initiative));
    boolean recognised = random.nextInt(5) > 0;
    RecognitionLevel level = openLevel(initiative);
    as(
        national,
        () ->
            initiatives.decide(
                initiative,
                level,
                new Decision(
                    recognised,
                    recognised ? null : "Chưa đủ tính mới",
                    today,
                    null,
                    null,
                    view.version())));
    performed.add(recognised ? "recognised" : "refused");
    return (recognised ? "recognised " : "refused ") + initiative + " at " + level;
  }

  String proposeAndDecide(long initiative) {
    as(national, () -> initiatives.propose(initiative, new Proposal(null, today)));
    performed.add("proposed");
    today = today.plusDays(1);
    return "proposed " + initiative + ", then " + decide(initiative);
  }

  String changeBeforeDecision(long initiative) {
    InitiativeView view = as(national, () -> initiatives.get(initiative));
    long union =
        jdbc.sql("select unit_id from initiative where id = :id")
            .param("id", initiative)
            .query(Long.class)
            .single();
    Long inProgramme =
        jdbc.sql("select programme_id from initiative where id = :id")
            .param("id", initiative)
            .query(Long.class)
            .optional()
            .orElse(null);
    List<AuthorEntry> entries =
        List.of(
            new AuthorEntry(
                authors.get(random.nextInt(authors.size())), new BigDecimal("60"), "Phối hợp"),
            new AuthorEntry(
                authors.get(random.nextInt(authors.size())), new BigDecimal("40"), "Phối hợp"));
    if (entries.get(0).personId().equals(entries.get(1).personId())) {
      entries = List.of(new AuthorEntry(entries.get(0).personId(), null, "Phối hợp"));
    }
    List<AuthorEntry> finalEntries = entries;
    as(
        national,
        () ->
            initiatives.change(
                initiative,
                new InitiativeForm(
                    union,
                    inProgramme,
                    view.title() + " (sửa)",
                    "Nội dung đã sửa",
                    InitiativeField.PRODUCTION,
                    finalEntries,
                    null,
                    LocalDate.of(2024, 1, 10),
                    5_000_000L,
                    null,
                    null,
                    true,
                    view.version())));
    performed.add("changed the authors");
    return "changed the authors of " + initiative;
  }

  String reform() {
    run(national, () -> hierarchy.move(unions.get(1), south, REFORM));
    reformed = true;
    performed.add("moved a union");
    return "moved a union to the other district from " + REFORM;
  }

  /** Corrections an administrator might make in psql; the totals must follow them too. */
  String correctByHand(long initiative, int pick) {
    switch (pick % 8) {
      case 0 -> {
        long union = unions.get(random.nextInt(unions.size()));
        update(
            "update initiative set unit_id = :union,"
                + " unit_path = (select path from org_unit where id = :union) where id = :id",
            Map.of("union", union, "id", initiative));
        performed.add("moved to a union");
        return "moved " + initiative + " to union " + union;
      }
      case 1 -> {
        Object target = random.nextBoolean() ? otherProgramme : programme;
        update(
            "update initiative set programme_id = :programme where id = :id",
            Map.of("programme", target, "id", initiative));
        performed.add("moved to a programme");
        return "moved " + initiative + " to programme " + target;
      }
      case 2 -> {
        update("delete from initiative where id = :id", Map.of("id", initiative));
        submitted.remove(Long.valueOf(initiative));
        performed.add("deleted");
        return "deleted " + initiative;
      }
      case 3 -> {
        int rank = random.nextInt(5);
        update(
            "update initiative set recognised_rank = :rank where id = :id",
            Map.of("rank", rank, "id", initiative));
        performed.add("set the level");
        return "set the level of " + initiative + " to " + rank;
      }
      case 4 -> {
        long person = authors.get(random.nextInt(authors.size()));
        update(
            """
            insert into initiative_author (initiative_id, position, person_id, full_name, unit_id, share)
            select :id, coalesce(max(position), -1) + 1, :person, 'Tác giả', :union, 10
              from initiative_author where initiative_id = :id
            """,
            Map.of("id", initiative, "person", person, "union", unions.get(0)));
        performed.add("added an author");
        return "added author " + person + " to " + initiative;
      }
      case 5 -> {
        update(
            "delete from initiative_author where initiative_id = :id and position ="
                + " (select min(position) from initiative_author where initiative_id = :id)",
            Map.of("id", initiative));
        performed.add("removed an author");
        return "removed the first author of " + initiative;
      }
      case 6 -> {
        long person = authors.get(random.nextInt(authors.size()));
        update(
            "update initiative_author set person_id = :person where initiative_id = :id",
            Map.of("person", person, "id", initiative));
        performed.add("replaced the authors");
        return "made " + person + " every author of " + initiative;
      }
      default -> {
        update(
            "update initiative set benefit_vnd = :benefit, author_group = :group where id = :id",
            Map.of(
                "benefit",
                random.nextInt(50) * 1_000_000L,
                "group",
                random.nextBoolean() ? GROUPS[random.nextInt(GROUPS.length)] : "",
                "id",
                initiative));
        jdbc.sql("update initiative set author_group = null where author_group = ''").update();
        performed.add("changed the benefit and group");
        return "changed the benefit and group of " + initiative;
      }
    }
  }

  /** Every unit at every level where the totals and the rows disagree, described. */
  List<String> differences() {
    List<String> differences = new ArrayList<>();
    for (long scope : List.of(programme, otherProgramme)) {
      for (long unit : units) {
        List<String> paths = places.pathsOver(unit);
        for (int rank = 1; rank <= 4; rank++) {
          AchievementQueries.Rows fromTotals = totals.byChild(scope, unit, rank);
          AchievementQueries.Rows fromRows =
              RowBasedAchievement.byChild(jdbc, scope, unit, paths, rank);
          if (!fromTotals.equals(fromRows)) {
            differences.add(
                "programme %d, unit %d, level %d: totals %s, rows %s"
                    .formatted(scope, unit, rank, fromTotals, fromRows));
          }
        }
      }
    }
    return differences;
  }

  List<String> rowsOfTheTotals() {
    return jdbc.sql(
            """
            select concat_ws(' ', programme_id, unit_id, child_id, level, recognised, benefit_vnd,
                             people, author_groups)
              from programme_total order by 1
            """)
        .query(String.class)
        .list();
  }

  /** The totals as computed from scratch, read in a transaction that is then undone. */
  List<String> rebuiltAfresh() {
    AtomicReference<List<String>> rebuilt = new AtomicReference<>();
    transactions.executeWithoutResult(
        status -> {
          jdbc.sql("select initiative_totals_rebuild()").query().listOfRows();
          rebuilt.set(rowsOfTheTotals());
          status.setRollbackOnly();
        });
    return rebuilt.get();
  }

  RecognitionLevel openLevel(long initiative) {
    return jdbc.sql(
            "select level from initiative_review where initiative_id = :id"
                + " and outcome = 'UNDER_REVIEW' order by id desc limit 1")
        .param("id", initiative)
        .query(String.class)
        .optional()
        .map(RecognitionLevel::valueOf)
        .orElseThrow(() -> new IllegalStateException("nothing to decide"));
  }

  InitiativeForm form(
      long union,
      long inProgramme,
      String title,
      List<AuthorEntry> entries,
      String group,
      LocalDate day) {
    return new InitiativeForm(
        union,
        inProgramme,
        title,
        "Nội dung",
        InitiativeField.TECHNOLOGY,
        entries,
        group,
        day.minusDays(20),
        (long) random.nextInt(40) * 1_000_000L,
        null,
        day,
        true,
        null);
  }

  long launch(String name) {
    SignedInUser officer = Users.user(Role.OFFICER, province);
    return as(
            officer,
            () ->
                programmes.launch(
                    new NewProgramme(
                        province,
                        name,
                        null,
                        LocalDate.of(2024, 1, 1),
                        LocalDate.of(2025, 12, 31),
                        true,
                        100,
                        List.of(
                            new NewProgramme.Window(
                                "Đợt 2024",
                                LocalDate.of(2024, 1, 1),
                                LocalDate.of(2024, 12, 31))))))
        .id();
  }

  void update(String sql, Map<String, Object> params) {
    jdbc.sql(sql).params(params).update();
  }

  long count(String sql) {
    return jdbc.sql(sql).query(Long.class).single();
  }

  <T> T as(SignedInUser user, Supplier<T> work) {
    AtomicReference<T> result = new AtomicReference<>();
    Users.runAs(user, () -> result.set(work.get()));
    return result.get();
  }

  void run(SignedInUser user, Runnable work) {
    Users.runAs(user, work);
  }
}
