package vn.thidua.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.organisation.Hierarchy;
import vn.thidua.organisation.Subtree;
import vn.thidua.organisation.Subtrees;
import vn.thidua.report.ReviewRecords;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.time.Dates;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

/**
 * The recognised authors by unit and month (V72): after every kind of change the table holds
 * exactly the recognitions' author pairs, and counting distinct people from it over whole months
 * gives what counting the records gives.
 */
@IntegrationTest
class RecognisedAuthorLedgerTests {

  static final LocalDate TODAY = LocalDate.now(Dates.VIETNAM);

  /** recognised_author by its definition, from the records. */
  static final String RECOMPUTED =
      """
      select r.initiative_unit_id as unit_id, date_trunc('month', r.decided_on)::date as month,
             a.person_id, count(*)::int as recognitions
        from initiative_review r
        join initiative_author a on a.initiative_id = r.initiative_id
       where r.outcome = 'RECOGNISED' and r.decided_on is not null
       group by 1, 2, 3
       order by 1, 2, 3
      """;

  @Autowired Initiatives initiatives;
  @Autowired InitiativeFigureQueries figures;
  @Autowired Subtrees subtrees;
  @Autowired Hierarchy hierarchy;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;

  @Test
  void theTableHoldsTheRecognitionsAuthorsAfterEveryChange() {
    long province = fixtures.province("Tỉnh tác giả sổ");
    long district = fixtures.unit(province, "Quận tác giả sổ", "DISTRICT");
    long g1 = fixtures.grassroots(district, "CĐCS tác giả một");
    long g2 = fixtures.grassroots(district, "CĐCS tác giả hai");
    long lan = records().person(g1, "Hà Thị Lan");
    long minh = records().person(g1, "Lê Văn Minh");
    long hoa = records().person(g2, "Phạm Thị Hoa");

    long[] a = new long[1];
    Users.runAs(
        Users.user(Role.OFFICER, g1),
        () -> {
          InitiativeView submitted = initiatives.submit(form(g1, null, lan));
          InitiativeView changed =
              initiatives.change(submitted.id(), form(g1, submitted, lan, minh));
          a[0] = changed.id();
          initiatives.decide(
              a[0],
              RecognitionLevel.GRASSROOTS,
              new Decision(true, null, TODAY.minusDays(10), "1/QĐ", null, changed.version()));
        });
    assertThat(peopleOf(g1, TODAY.minusDays(10))).containsExactlyInAnyOrder(lan, minh);
    assertTableHoldsTheRecords();

    long b = records().initiative(g2, LocalDate.of(2021, 1, 5), null, hoa, lan);
    records().review(b, "GRASSROOTS", g2, "RECOGNISED", LocalDate.of(2021, 2, 10));
    records().review(b, "DISTRICT", district, "UNDER_REVIEW", LocalDate.of(2021, 2, 12));
    jdbc.sql(
            "update initiative_review set outcome = 'RECOGNISED', decided_on = date '2021-02-25'"
                + " where initiative_id = ? and level = 'DISTRICT'")
        .param(b)
        .update();
    assertThat(recognitions(g2, LocalDate.of(2021, 2, 1), lan))
        .as("two recognitions of the month with the same author")
        .isEqualTo(2);
    assertTableHoldsTheRecords();

    jdbc.sql(
            "update initiative_review set decided_on = decided_on + 30, level = 'PROVINCE'"
                + " where initiative_id = ? and level = 'DISTRICT'")
        .param(b)
        .update();
    jdbc.sql(
            "update initiative_review set outcome = 'NOT_RECOGNISED', reason = 'Sai'"
                + " where initiative_id = ? and level = 'GRASSROOTS'")
        .param(b)
        .update();
    jdbc.sql("update initiative_review set decided_on = null where initiative_id = ?")
        .param(a[0])
        .update();
    assertTableHoldsTheRecords();

    jdbc.sql("update initiative_review set decided_on = ? where initiative_id = ?")
        .params(TODAY, a[0])
        .update();
    jdbc.sql(
            """
            insert into initiative_author (initiative_id, position, person_id, full_name,
                                           unit_id, share)
            select i.id, 10, p.id, p.full_name, p.unit_id, 10 from initiative i, person p
             where i.id in (?, ?) and p.id = ?
            """)
        .params(a[0], b, hoa)
        .update();
    jdbc.sql("update initiative_author set person_id = ? where initiative_id = ? and person_id = ?")
        .params(minh, b, lan)
        .update();
    jdbc.sql("update initiative_author set position = position + 100 where initiative_id = ?")
        .param(a[0])
        .update();
    jdbc.sql("delete from initiative_author where initiative_id = ? and person_id = ?")
        .params(a[0], lan)
        .update();
    assertTableHoldsTheRecords();

    jdbc.sql("update initiative set unit_id = ? where id = ?").params(g2, a[0]).update();
    assertThat(peopleOf(g2, TODAY)).contains(hoa, minh);
    jdbc.sql(
            "update initiative_review set initiative_id = ?"
                + " where initiative_id = ? and level = 'PROVINCE'")
        .params(a[0], b)
        .update();
    assertTableHoldsTheRecords();

    long c = records().initiative(g1, LocalDate.of(2022, 3, 1), null, lan, minh, hoa);
    records().review(c, "GRASSROOTS", g1, "RECOGNISED", LocalDate.of(2022, 4, 1));
    records().review(c, "DISTRICT", district, "RECOGNISED", LocalDate.of(2022, 5, 1));
    long d = records().initiative(g2, LocalDate.of(2022, 3, 1), null, lan);
    records().review(d, "GRASSROOTS", g2, "RECOGNISED", LocalDate.of(2022, 4, 1));
    jdbc.sql("delete from initiative_review where initiative_id = ? and level = 'GRASSROOTS'")
        .param(c)
        .update();
    jdbc.sql("delete from initiative where id = ?").param(c).update();
    assertThat(peopleOf(g1, LocalDate.of(2022, 5, 1))).isEmpty();
    assertTableHoldsTheRecords();

    jdbc.sql("delete from initiative_author where initiative_id in (?, ?)")
        .params(a[0], d)
        .update();
    jdbc.sql("delete from initiative where id in (?, ?, ?)").params(a[0], b, d).update();
    assertThat(peopleOf(g2, TODAY)).isEmpty();
    assertTableHoldsTheRecords();
  }

  @Test
  void wholeMonthsCountTheSamePeopleAsTheRecords() {
    long province = fixtures.province("Tỉnh tác giả hai cách");
    long one = fixtures.unit(province, "Quận Một tác giả", "DISTRICT");
    long two = fixtures.unit(province, "Quận Hai tác giả", "DISTRICT");
    long g1 = fixtures.grassroots(one, "CĐCS tác giả G1");
    long moved = fixtures.grassroots(one, "CĐCS tác giả chuyển");
    long g3 = fixtures.grassroots(two, "CĐCS tác giả G3");
    long dissolved = fixtures.grassroots(one, "CĐCS tác giả giải thể");
    Users.runAs(
        Users.user(Role.OFFICER, province),
        () -> {
          hierarchy.move(moved, two, LocalDate.of(2020, 7, 1));
          hierarchy.dissolve(dissolved, LocalDate.of(2020, 5, 1));
        });
    long an = records().person(g1, "Nguyễn Văn An");
    long binh = records().person(moved, "Trần Thị Bình");
    long chi = records().person(g3, "Lý Thị Chi");

    long i1 = records().initiative(g1, LocalDate.of(2020, 1, 2), null, an);
    records().review(i1, "GRASSROOTS", g1, "RECOGNISED", LocalDate.of(2020, 3, 1));
    records().review(i1, "DISTRICT", one, "RECOGNISED", LocalDate.of(2020, 6, 30));
    long i2 = records().initiative(moved, LocalDate.of(2020, 1, 2), null, binh, an);
    records().review(i2, "GRASSROOTS", moved, "RECOGNISED", LocalDate.of(2020, 5, 15));
    long i3 = records().initiative(dissolved, LocalDate.of(2020, 1, 2), null, chi);
    records().review(i3, "GRASSROOTS", dissolved, "RECOGNISED", LocalDate.of(2020, 2, 1));
    long i4 = records().initiative(g3, LocalDate.of(2019, 1, 2), null, chi, binh);
    records().review(i4, "GRASSROOTS", g3, "RECOGNISED", LocalDate.of(2019, 12, 31));
    records().review(i4, "DISTRICT", two, "RECOGNISED", LocalDate.of(2020, 9, 1));
    long i5 = records().initiative(province, LocalDate.of(2020, 1, 2), null, an);
    records().review(i5, "PROVINCE", province, "RECOGNISED", LocalDate.of(2020, 11, 30));
    records().review(i5, "NATIONAL", province, "UNDER_REVIEW", LocalDate.of(2020, 12, 1));

    LocalDate[][] periods = {
      {LocalDate.of(2020, 1, 1), LocalDate.of(2020, 12, 31)},
      {LocalDate.of(2020, 1, 1), LocalDate.of(2020, 6, 30)},
      {LocalDate.of(2020, 7, 1), LocalDate.of(2020, 9, 30)},
      {LocalDate.of(2019, 1, 1), LocalDate.of(2019, 12, 31)},
      {LocalDate.of(2016, 1, 1), LocalDate.of(2020, 12, 31)}
    };
    for (long root : new long[] {province, one, two, g1, moved, dissolved}) {
      for (LocalDate[] period : periods) {
        for (LocalDate asOf : new LocalDate[] {period[1], LocalDate.of(2020, 6, 1)}) {
          subtrees
              .find(root, asOf)
              .ifPresent(
                  subtree ->
                      assertThat(figures.recognisedAuthors(subtree, period[0], period[1]))
                          .as("unit %d as of %s, %s – %s", root, asOf, period[0], period[1])
                          .isEqualTo(figures.countedAuthors(subtree, period[0], period[1])));
        }
      }
    }

    LocalDate yearEnd = LocalDate.of(2020, 12, 31);
    LocalDate yearStart = LocalDate.of(2020, 1, 1);
    assertThat(authors(province, yearEnd, yearStart, yearEnd))
        .as("An authored in three units, Bình in two; Chi in a union dissolved in May")
        .isEqualTo(3);
    assertThat(authors(one, yearEnd, yearStart, yearEnd))
        .as("the moved union counts under the district it stood under at the end of the year")
        .isEqualTo(2);
    assertThat(authors(two, yearEnd, yearStart, yearEnd)).isEqualTo(3);
    assertThat(authors(one, LocalDate.of(2020, 6, 30), yearStart, LocalDate.of(2020, 6, 30)))
        .isEqualTo(3);
    assertThat(
            figures.recognisedAuthors(
                subtrees.find(one, LocalDate.of(2020, 6, 29)).orElseThrow(),
                LocalDate.of(2020, 3, 2),
                LocalDate.of(2020, 6, 29)))
        .as("days inside months are counted from the records: i2 in May alone")
        .isEqualTo(2);
  }

  private long authors(long root, LocalDate asOf, LocalDate from, LocalDate to) {
    Subtree subtree = subtrees.find(root, asOf).orElseThrow();
    return figures.recognisedAuthors(subtree, from, to);
  }

  private void assertTableHoldsTheRecords() {
    List<Map<String, Object>> kept =
        jdbc.sql(
                """
                select unit_id, month, person_id, recognitions from recognised_author
                 order by 1, 2, 3
                """)
            .query()
            .listOfRows();
    assertThat(kept).isEqualTo(jdbc.sql(RECOMPUTED).query().listOfRows());
  }

  private List<Long> peopleOf(long unitId, LocalDate day) {
    return jdbc.sql(
            """
            select person_id from recognised_author
             where unit_id = ? and month = date_trunc('month', ?::date)
            """)
        .params(unitId, day)
        .query(Long.class)
        .list();
  }

  private int recognitions(long unitId, LocalDate month, long personId) {
    return jdbc.sql(
            "select recognitions from recognised_author"
                + " where unit_id = ? and month = ? and person_id = ?")
        .params(unitId, month, personId)
        .query(Integer.class)
        .single();
  }

  private ReviewRecords records() {
    return new ReviewRecords(jdbc);
  }

  private static InitiativeForm form(long unitId, InitiativeView view, long... authors) {
    List<AuthorEntry> entries =
        Arrays.stream(authors)
            .mapToObj(id -> new AuthorEntry(id, BigDecimal.valueOf(100 / authors.length), null))
            .toList();
    return new InitiativeForm(
        unitId,
        null,
        view == null ? "Sáng kiến tác giả " + UUID.randomUUID() : view.title(),
        "Nội dung",
        InitiativeField.PRODUCTION,
        entries,
        null,
        LocalDate.of(2019, 1, 1),
        1_000_000L,
        null,
        view == null ? TODAY.minusDays(30) : null,
        true,
        view == null ? null : view.version());
  }
}
