package vn.thidua.report.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.thidua.report.Dashboard;
import vn.thidua.report.Dashboards;
import vn.thidua.report.Review;
import vn.thidua.report.ReviewKind;
import vn.thidua.report.ReviewPeriod;
import vn.thidua.report.Reviews;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.time.Dates;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

/** Hà Nội's dashboard: the same figures as its reviews, on the page and through the API. */
@IntegrationTest
class DashboardTests {

  @Autowired MockMvcTester mvc;
  @Autowired JdbcClient jdbc;
  @Autowired Dashboards dashboards;
  @Autowired Reviews reviews;

  @Test
  void takesEachYearOfTheTrendFromThatYearsReview() {
    long btl = code("HN");
    int year = LocalDate.now(Dates.VIETNAM).getYear();
    AtomicReference<Dashboard> dashboard = new AtomicReference<>();
    AtomicReference<Review> twoYearsAgo = new AtomicReference<>();
    AtomicReference<Review> lastYear = new AtomicReference<>();
    AtomicReference<Review> sameDays = new AtomicReference<>();
    Users.runAs(
        Users.user(Role.VIEWER, btl),
        () -> {
          dashboard.set(dashboards.build(btl));
          twoYearsAgo.set(reviews.build(btl, ReviewPeriod.of(ReviewKind.YEAR, year - 2)));
          lastYear.set(reviews.build(btl, ReviewPeriod.of(ReviewKind.YEAR, year - 1)));
          sameDays.set(reviews.build(btl, dashboard.get().sameDaysLastYear()));
        });

    Dashboard found = dashboard.get();
    assertThat(found.trend())
        .extracting(Dashboard.Year::year)
        .containsExactly(year - 4, year - 3, year - 2, year - 1, year);
    assertThat(found.trend().get(2).figures()).isEqualTo(twoYearsAgo.get().current());
    assertThat(found.trend().get(1).figures()).isEqualTo(twoYearsAgo.get().previous());
    assertThat(found.trend().get(3).figures()).isEqualTo(lastYear.get().current());
    assertThat(found.trend().get(4).figures()).isEqualTo(found.current());
    assertThat(found.trend().get(4).partial()).isTrue();
    assertThat(found.previous()).isEqualTo(sameDays.get().current());
    assertThat(found.sameDaysLastYear().from()).isEqualTo(LocalDate.of(year - 1, 1, 1));
    LocalDate aYearAgo = LocalDate.now(Dates.VIETNAM).minusYears(1);
    assertThat(found.sameDaysLastYear().to())
        .isEqualTo(aYearAgo.withDayOfMonth(aYearAgo.lengthOfMonth()));
    assertThat(found.breakdown()).isNotEmpty();
  }

  @Test
  void drawsEveryChartWithItsNumbersAsATable() {
    long btl = code("HN");
    assertThat(mvc.get().uri("/units/{id}/dashboard", btl).with(Users.as(Role.VIEWER, btl)))
        .hasStatusOk()
        .bodyText()
        .contains("Bảng điều khiển", "Lao động và đoàn viên qua 5 năm")
        .contains("id=\"chart-organisation\"", "id=\"chart-activity\"", "id=\"chart-breakdown\"")
        .contains("id=\"chart-organisation-table\"", "id=\"chart-breakdown-table\"")
        .contains("for=\"chart-breakdown-series\"")
        .contains("/webjars/chart.js/4.4.1/dist/chart.umd.js");
    assertThat(mvc.get().uri("/webjars/chart.js/4.4.1/dist/chart.umd.js")).hasStatusOk();
  }

  @Test
  void answersTheSameFiguresThroughTheApi() {
    long btl = code("HN");
    assertThat(mvc.get().uri("/api/units/{id}/dashboard", btl).with(Users.as(Role.VIEWER, btl)))
        .hasStatusOk()
        .bodyJson()
        .satisfies(
            json -> {
              assertThat(json).extractingPath("$.trend.length()").isEqualTo(5);
              assertThat(json).extractingPath("$.trend[4].partial").isEqualTo(true);
              assertThat(json).extractingPath("$.unit.id").isEqualTo((int) btl);
            });
  }

  @Test
  void hidesAnotherUnitsDashboard() {
    long btl = code("HN");
    assertThat(
            mvc.get()
                .uri("/api/units/{id}/dashboard", btl)
                .with(Users.as(Role.OFFICER, code("HN-KCN"))))
        .hasStatus(HttpStatus.NOT_FOUND);
  }

  private long code(String code) {
    return jdbc.sql("select id from org_unit where code = :code")
        .param("code", code)
        .query(Long.class)
        .single();
  }
}
