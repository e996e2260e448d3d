package vn.thidua.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.thidua.organisation.RollUp;
import vn.thidua.organisation.Totals;
import vn.thidua.organisation.UnitFigures;
import vn.thidua.testing.IntegrationTest;

@IntegrationTest
class DemoDatasetTests {

  static final LocalDate SEPT_2020 = LocalDate.of(2020, 9, 30);
  static final LocalDate REFORM = LocalDate.of(2025, 7, 1);

  @Autowired UnitFigures figures;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvcTester mvc;

  @Test
  void bacTuLiemAddsUpToItsFiguresOf2020() {
    RollUp rollUp = figures.rollUp(unit("HN-BTL"), SEPT_2020);

    assertThat(rollUp.total().grassrootsUnits()).isEqualTo(248);
    assertThat(rollUp.total().workers()).isEqualTo(9_815);
    assertThat(rollUp.total().members()).isEqualTo(9_367);
    assertThat(rollUp.total().memberShare()).hasToString("95.4");
    assertThat(rollUp.children()).hasSize(248);
  }

  @Test
  void containsTheNamedUnitsInTheirSectors() {
    assertThat(
            jdbc.sql(
                    """
                    select u.name || ' / ' || s.code from org_unit u join sector s on s.id = u.sector_id
                     where u.name in ('Trường Tiểu học Đông Ngạc A', 'Công ty cổ phần đầu tư Tây Bắc',
                       'Công ty Goldsun Việt Nam', 'Công ty TNHH Sapon Việt Nam', 'Công ty Cổ phần Mihamex')
                    """)
                .query(String.class)
                .list())
        .containsExactlyInAnyOrder(
            "Trường Tiểu học Đông Ngạc A / TH",
            "Công ty cổ phần đầu tư Tây Bắc / DN",
            "Công ty Goldsun Việt Nam / DN",
            "Công ty TNHH Sapon Việt Nam / DN",
            "Công ty Cổ phần Mihamex / DN");
    assertThat(
            jdbc.sql(
                    "select count(distinct sector_id) from org_unit where parent_id is not null"
                        + " and path like (select path from org_unit where code = 'HN-BTL') || '%'")
                .query(Long.class)
                .single())
        .as("after the reform the grassroots unions stand under the wards, not the district")
        .isEqualTo(0);
  }

  @Test
  void afterTheReformTheSameUnitsStandUnderWardUnions() {
    RollUp district = figures.rollUp(unit("HN-BTL"), REFORM);
    assertThat(district.total()).isEqualTo(Totals.ZERO);

    long wardGrassroots = 0;
    for (String ward : DemoNames.WARD_UNIONS) {
      wardGrassroots +=
          figures.rollUp(unitNamed("Công đoàn phường " + ward), REFORM).total().grassrootsUnits();
    }
    assertThat(wardGrassroots).isEqualTo(248);

    RollUp dongNgac = figures.rollUp(unitNamed("Công đoàn phường Đông Ngạc"), REFORM);
    assertThat(dongNgac.children())
        .extracting(child -> child.unit().name())
        .contains("Trường Tiểu học Đông Ngạc A");
    assertThat(figures.rollUp(unitNamed("Công đoàn phường Thượng Cát"), REFORM).children())
        .isNotEmpty();
  }

  @Test
  void theDayBeforeTheReformStillShowsTheDistrict() {
    RollUp district = figures.rollUp(unit("HN-BTL"), REFORM.minusDays(1));
    assertThat(district.total().grassrootsUnits()).isEqualTo(248);
    assertThat(figures.rollUp(unitNamed("Công đoàn phường Đông Ngạc"), REFORM.minusDays(1)).total())
        .isEqualTo(Totals.ZERO);
  }

  @Test
  void hanoiCountsTheDistrictAndTheIndustrialZoneTogether() {
    RollUp hanoi = figures.rollUp(unit("HN"), SEPT_2020);
    RollUp zone = figures.rollUp(unit("HN-KCN"), SEPT_2020);
    assertThat(hanoi.total().grassrootsUnits()).isEqualTo(248 + zone.total().grassrootsUnits());
    assertThat(hanoi.total().workers()).isEqualTo(9_815 + zone.total().workers());
  }

  @Test
  void signsInWithADemoLoginPrintedAtLoad() throws Exception {
    String logins = Files.readString(Path.of("target/demo-logins.txt"));
    Matcher password = Pattern.compile("shared password: (\\S+)").matcher(logins);
    assertThat(password.find()).isTrue();
    assertThat(logins).contains("btl.canbo", "hanoi.xem", "thdongngaca.canbo", "kcn.canbo");

    assertThat(
            mvc.get()
                .uri("/api/units/{id}/rollup?asOf=2020-09-30", unit("HN-BTL"))
                .with(httpBasic("btl.canbo", password.group(1))))
        .hasStatusOk()
        .bodyJson()
        .extractingPath("$.total.workers")
        .asNumber()
        .isEqualTo(9815);
    assertThat(
            mvc.get()
                .uri("/api/units/{id}", unit("HN-BTL"))
                .with(httpBasic("kcn.canbo", password.group(1))))
        .hasStatus(HttpStatus.NOT_FOUND);
  }

  @Test
  void registersWorkersWithVietnameseNamesInTheGrassrootsUnions() {
    assertThat(
            jdbc.sql(
                    "select count(*) from person p join org_unit u on u.id = p.unit_id"
                        + " where u.name = 'Trường Tiểu học Đông Ngạc A'")
                .query(Long.class)
                .single())
        .isEqualTo(40);
    assertThat(
            jdbc.sql("select count(*) from person where search_name like 'nguyen %'")
                .query(Long.class)
                .single())
        .isGreaterThan(100);
  }

  private long unit(String code) {
    return jdbc.sql("select id from org_unit where code = :code")
        .param("code", code)
        .query(Long.class)
        .single();
  }

  private long unitNamed(String name) {
    return jdbc.sql("select id from org_unit where name = :name")
        .param("name", name)
        .query(Long.class)
        .single();
  }
}
