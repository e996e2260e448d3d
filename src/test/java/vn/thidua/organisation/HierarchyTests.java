package vn.thidua.organisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.shared.web.DomainException;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

@IntegrationTest
class HierarchyTests {

  static final LocalDate Y2020 = LocalDate.of(2020, 1, 1);
  static final LocalDate Y2022 = LocalDate.of(2022, 1, 1);
  static final LocalDate Y2024 = LocalDate.of(2024, 1, 1);

  @Autowired Hierarchy hierarchy;
  @Autowired UnitFigures figures;
  @Autowired OrgUnits units;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;

  long province;
  long districtA;
  long districtB;
  SignedInUser provinceOfficer;

  @BeforeEach
  void aProvinceWithTwoDistricts() {
    province = fixtures.province("Tỉnh thử");
    districtA = fixtures.unit(province, "Huyện A", "DISTRICT");
    districtB = fixtures.unit(province, "Huyện B", "DISTRICT");
    provinceOfficer = Users.user(Role.OFFICER, province);
  }

  @Test
  void movesASubtreeAndKeepsTheOldShapeBeforeTheDate() {
    as(
        () -> {
          long school = grassroots(districtA, "Trường A1", 100, 90);
          long team =
              hierarchy.create(
                  new Hierarchy.NewUnit(school, null, "Tổ giáo viên", "SUBUNIT", null, Y2020));
          figures.record(team, Y2020, new Headcount(10, 5, 10, 5));

          hierarchy.move(school, districtB, Y2022);

          assertThat(figures.rollUp(districtA, Y2020.plusMonths(6)).total().workers())
              .isEqualTo(110);
          assertThat(figures.rollUp(districtA, Y2022).total().workers()).isZero();
          assertThat(figures.rollUp(districtB, Y2022).total().workers()).isEqualTo(110);
          assertThat(figures.rollUp(districtB, Y2022).total().grassrootsUnits()).isEqualTo(1);
          assertThat(units.require(team).path()).startsWith(units.require(districtB).path());
          assertThat(units.isWithin(team, districtB)).isTrue();
        });
  }

  @Test
  void refusesToMoveAUnitUnderItsOwnSubtree() {
    as(
        () ->
            assertThatThrownBy(() -> hierarchy.move(districtA, districtA, Y2022))
                .isInstanceOf(DomainException.class));
    as(
        () -> {
          long school = grassroots(districtA, "Trường A2", 10, 10);
          assertThatThrownBy(() -> hierarchy.move(districtA, school, Y2022))
              .isInstanceOf(DomainException.class)
              .extracting("messageKey")
              .isEqualTo("unit.levelNotBelowParent");
        });
  }

  @Test
  void refusesAChangeDatedBeforeALaterOne() {
    as(
        () -> {
          long school = grassroots(districtA, "Trường A3", 10, 10);
          hierarchy.move(school, districtB, Y2024);
          assertThatThrownBy(() -> hierarchy.move(school, districtA, Y2022))
              .isInstanceOf(DomainException.class)
              .extracting("messageKey")
              .isEqualTo("unit.laterChangesExist");
        });
  }

  @Test
  void mergesUnitsIntoANewOneCarryingUnitsBelowAndFigures() {
    as(
        () -> {
          grassroots(districtA, "Trường A4", 100, 80);
          grassroots(districtB, "Trường B4", 50, 50);
          figures.record(districtA, Y2020, new Headcount(5, 2, 5, 2));

          long ward =
              hierarchy.merge(
                  new Hierarchy.Merger(
                      List.of(districtA, districtB),
                      null,
                      new Hierarchy.NewUnit(province, null, "Phường mới", "WARD", "XA", Y2022),
                      Y2022));

          Totals before = figures.rollUp(province, Y2020).total();
          Totals after = figures.rollUp(province, Y2022).total();
          assertThat(after).isEqualTo(before);
          assertThat(figures.rollUp(ward, Y2022).total().grassrootsUnits()).isEqualTo(2);
          assertThat(figures.ownOn(ward, Y2022)).contains(new Headcount(5, 2, 5, 2));
          assertThat(units.require(districtA).endedOn()).isEqualTo(Y2022);
          assertThat(figures.rollUp(districtA, Y2020).total().workers()).isEqualTo(105);
        });
  }

  @Test
  void splitsAUnitAssigningEachUnitBelowToOnePart() {
    as(
        () -> {
          long one = grassroots(districtA, "Trường A5", 30, 30);
          long two = grassroots(districtA, "Trường A6", 20, 20);
          List<Long> parts =
              hierarchy.split(
                  districtA,
                  new Hierarchy.Split(
                      Y2022,
                      List.of(
                          new Hierarchy.Split.Part(null, "Huyện A Bắc", null, null, List.of(one)),
                          new Hierarchy.Split.Part(
                              null,
                              "Huyện A Nam",
                              null,
                              new Headcount(3, 1, 3, 1),
                              List.of(two)))));

          assertThat(figures.rollUp(parts.get(0), Y2022).total().workers()).isEqualTo(30);
          assertThat(figures.rollUp(parts.get(1), Y2022).total().workers()).isEqualTo(23);
          assertThat(figures.rollUp(districtA, Y2020).total().workers()).isEqualTo(50);
          assertThat(units.require(districtA).endedOn()).isEqualTo(Y2022);
        });
  }

  @Test
  void refusesASplitThatLeavesAUnitBelowBehind() {
    as(
        () -> {
          long one = grassroots(districtA, "Trường A7", 30, 30);
          grassroots(districtA, "Trường A8", 20, 20);
          assertThatThrownBy(
                  () ->
                      hierarchy.split(
                          districtA,
                          new Hierarchy.Split(
                              Y2022,
                              List.of(
                                  new Hierarchy.Split.Part(null, "X", null, null, List.of(one)),
                                  new Hierarchy.Split.Part(null, "Y", null, null, List.of())))))
              .extracting("messageKey")
              .isEqualTo("unit.splitChildrenUnassigned");
          assertThat(units.require(districtA).endedOn()).isNull();
        });
  }

  @Test
  void dissolvesOnlyAUnitWithNothingBelow() {
    as(
        () -> {
          grassroots(districtA, "Trường A9", 10, 10);
          assertThatThrownBy(() -> hierarchy.dissolve(districtA, Y2022))
              .extracting("messageKey")
              .isEqualTo("unit.stillHasChildren");
          hierarchy.dissolve(districtB, Y2022);
          assertThat(units.require(districtB).endedOn()).isEqualTo(Y2022);
          assertThat(units.require(districtB).activeOn(Y2022)).isFalse();
        });
  }

  @Test
  void anOfficerCannotReorganiseAnotherProvince() {
    long other = fixtures.province("Tỉnh khác");
    long foreign = fixtures.unit(other, "Huyện ngoài", "DISTRICT");
    as(
        () ->
            assertThatThrownBy(() -> hierarchy.move(foreign, districtA, Y2022))
                .extracting("kind")
                .isEqualTo(DomainException.Kind.NOT_FOUND));
    Users.runAs(
        Users.user(Role.VIEWER, province),
        () ->
            assertThatThrownBy(() -> hierarchy.dissolve(districtB, Y2022))
                .extracting("kind")
                .isEqualTo(DomainException.Kind.FORBIDDEN));
  }

  @Test
  void recordsFiguresAsAChainOfValidityPeriods() {
    as(
        () -> {
          long unit = grassroots(districtA, "Trường A10", 10, 10);
          figures.record(unit, Y2024, new Headcount(30, 10, 30, 10));
          figures.record(unit, Y2022, new Headcount(20, 10, 20, 10));

          assertThat(figures.ownOn(unit, Y2020).orElseThrow().workers()).isEqualTo(10);
          assertThat(figures.ownOn(unit, Y2022.plusDays(5)).orElseThrow().workers()).isEqualTo(20);
          assertThat(figures.ownOn(unit, Y2024.plusYears(1)).orElseThrow().workers()).isEqualTo(30);
          assertThatThrownBy(() -> figures.record(unit, Y2022, new Headcount(10, 11, 10, 5)))
              .extracting("messageKey")
              .isEqualTo("figures.womenWorkersAboveWorkers");
        });
  }

  private long grassroots(long parent, String name, int workers, int members) {
    long id =
        hierarchy.create(new Hierarchy.NewUnit(parent, null, name, "GRASSROOTS", "TH", Y2020));
    figures.record(id, Y2020, new Headcount(workers, workers / 2, members, members / 2));
    return id;
  }

  private void as(Runnable work) {
    Users.runAs(provinceOfficer, work);
  }
}
