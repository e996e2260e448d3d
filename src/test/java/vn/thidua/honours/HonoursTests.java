package vn.thidua.honours;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.thidua.people.Gender;
import vn.thidua.people.NewPerson;
import vn.thidua.people.People;
import vn.thidua.shared.web.DomainException;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;

@IntegrationTest
class HonoursTests {

  @Autowired Honours honours;
  @Autowired People people;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;

  long district;
  long factory;
  long lan;

  @BeforeEach
  void aWorkerInAFactory() {
    long province = fixtures.province("LĐLĐ tỉnh danh hiệu");
    district = fixtures.unit(province, "LĐLĐ huyện danh hiệu", "DISTRICT");
    factory = fixtures.grassroots(district, "Công đoàn Công ty may danh hiệu");
    lan =
        people.register(
            new NewPerson(
                factory,
                "Hà Thị Lan",
                Gender.FEMALE,
                1985,
                "Công nhân may",
                true,
                true,
                LocalDate.of(2010, 3, 1)));
  }

  @Test
  void listsTitlesFirstThenAwardsEachByName() {
    List<HonourView> catalogue = honours.catalogue();

    assertThat(catalogue)
        .extracting(HonourView::code)
        .contains("LDTT", "CSTDCS", "TTLDXS", "CNG", "GK", "BK_TLD_GVNDVN", "BLDST");
    int lastTitle = 0;
    for (int i = 0; i < catalogue.size(); i++) {
      if (catalogue.get(i).kind() == HonourKind.TITLE) {
        lastTitle = i;
      }
    }
    assertThat(catalogue.subList(0, lastTitle + 1)).allMatch(h -> h.kind() == HonourKind.TITLE);
    assertThat(catalogue.subList(lastTitle + 1, catalogue.size()))
        .allMatch(h -> h.kind() == HonourKind.AWARD);
    List<String> titles =
        catalogue.subList(0, lastTitle + 1).stream().map(HonourView::code).toList();
    assertThat(titles.indexOf("CSTDCS")).isLessThan(titles.indexOf("CNG"));
    assertThat(titles.indexOf("CNG")).isLessThan(titles.indexOf("LDTT"));
  }

  @Test
  void describesTheGoodWorkerTitleWithItsThreeGrades() {
    HonourView goodWorker = honours.require("CNG");

    assertThat(goodWorker.kind()).isEqualTo(HonourKind.TITLE);
    assertThat(goodWorker.hasGrades()).isTrue();
    assertThat(goodWorker.grades())
        .extracting(HonourGrade::grade, HonourGrade::name, HonourGrade::grantingLevelCode)
        .containsExactly(
            tuple(1, "Công nhân giỏi cấp cơ sở", "GRASSROOTS"),
            tuple(2, "Công nhân giỏi cấp quận", "DISTRICT"),
            tuple(3, "Công nhân giỏi Thủ đô", "PROVINCE"));
    assertThat(goodWorker.allows(Recipient.INDIVIDUAL)).isTrue();
    assertThat(goodWorker.allows(Recipient.COLLECTIVE)).isFalse();
    assertThatThrownBy(() -> goodWorker.grade(4))
        .isInstanceOf(DomainException.class)
        .hasFieldOrPropertyWithValue("messageKey", "honours.grade.unknown");
  }

  @Test
  void describesAThematicAward() {
    HonourView award = honours.require("BK_TLD_XSD");

    assertThat(award.kind()).isEqualTo(HonourKind.AWARD);
    assertThat(award.scope()).isEqualTo(Scope.THEMATIC);
    assertThat(award.theme()).startsWith("Xanh – Sạch – Đẹp");
    assertThat(award.recipients()).containsExactly(Recipient.COLLECTIVE);
    assertThat(award.hasGrades()).isFalse();
    assertThat(honours.require("GK").recipients())
        .containsExactlyInAnyOrder(Recipient.INDIVIDUAL, Recipient.COLLECTIVE);
  }

  @Test
  void refusesAnUnknownCode() {
    assertThat(honours.find("KHONG_CO")).isEmpty();
    assertThatThrownBy(() -> honours.require("KHONG_CO"))
        .isInstanceOf(DomainException.class)
        .hasFieldOrPropertyWithValue("kind", DomainException.Kind.NOT_FOUND)
        .hasFieldOrPropertyWithValue("messageKey", "honours.notFound");
  }

  @Test
  void recordsAPersonsTitlesAndTheCollectivesOwn() {
    honours.recordAwarded(
        List.of(
            new HonourAward("LDTT", 1, Recipient.INDIVIDUAL, lan, null, 2019, factory, null),
            new HonourAward("CNG", 2, Recipient.INDIVIDUAL, lan, null, 2020, district, 9001L),
            new HonourAward(
                "TTLDXS", 1, Recipient.COLLECTIVE, null, factory, 2020, district, null)));

    assertThat(honours.heldByPerson(lan, 2018, 2020))
        .extracting(
            HonourHeld::honourCode,
            HonourHeld::grade,
            HonourHeld::honourName,
            HonourHeld::year,
            HonourHeld::decisionId,
            HonourHeld::revoked)
        .containsExactly(
            tuple("LDTT", 1, "Lao động tiên tiến", 2019, null, false),
            tuple("CNG", 2, "Công nhân giỏi cấp quận", 2020, 9001L, false));
    assertThat(honours.heldByPerson(lan, 2020, 2020)).hasSize(1);
    assertThat(honours.heldByUnit(factory, 2018, 2021))
        .extracting(HonourHeld::honourCode, HonourHeld::unitId, HonourHeld::grantingUnitId)
        .containsExactly(tuple("TTLDXS", factory, district));
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_event where entity_type = 'HonourHeld'"
                        + " and unit_id = :unit")
                .param("unit", factory)
                .query(Long.class)
                .single())
        .isEqualTo(3);
  }

  @Test
  void refusesATitleForTheWrongKindOfNomineeAndRecordsNothing() {
    assertThatThrownBy(
            () ->
                honours.recordAwarded(
                    List.of(
                        new HonourAward(
                            "LDTT", 1, Recipient.INDIVIDUAL, lan, null, 2019, factory, null),
                        new HonourAward(
                            "LDTT", 1, Recipient.COLLECTIVE, null, factory, 2019, factory, null))))
        .isInstanceOf(DomainException.class)
        .hasFieldOrPropertyWithValue("messageKey", "honours.recipient.notAllowed.COLLECTIVE");
    assertThat(honours.heldByPerson(lan, 2019, 2019)).isEmpty();
  }

  @Test
  void refusesAnUnknownNomineeOrGrade() {
    assertThatThrownBy(
            () ->
                honours.recordAwarded(
                    List.of(
                        new HonourAward(
                            "LDTT", 1, Recipient.INDIVIDUAL, -5L, null, 2019, factory, null))))
        .hasFieldOrPropertyWithValue("messageKey", "honours.person.notFound");
    assertThatThrownBy(
            () ->
                honours.recordAwarded(
                    List.of(
                        new HonourAward(
                            "CNG", 4, Recipient.INDIVIDUAL, lan, null, 2019, factory, null))))
        .hasFieldOrPropertyWithValue("messageKey", "honours.grade.unknown");
    assertThatThrownBy(
            () ->
                honours.recordAwarded(
                    List.of(
                        new HonourAward(
                            "TTLDXS", 1, Recipient.COLLECTIVE, null, -7L, 2019, district, null))))
        .hasFieldOrPropertyWithValue("messageKey", "honours.unit.notFound");
  }

  @Test
  void refusesTheSameTitleTwiceInAYear() {
    HonourAward advanced =
        new HonourAward("LDTT", 1, Recipient.INDIVIDUAL, lan, null, 2021, factory, null);
    honours.recordAwarded(List.of(advanced));

    assertThatThrownBy(() -> honours.recordAwarded(List.of(advanced)))
        .hasFieldOrPropertyWithValue("kind", DomainException.Kind.CONFLICT)
        .hasFieldOrPropertyWithValue("messageKey", "honours.held.duplicate");
  }

  @Test
  void revokesTheHonoursOfADecision() {
    long decision = System.nanoTime();
    honours.recordAwarded(
        List.of(
            new HonourAward("GK", 1, Recipient.INDIVIDUAL, lan, null, 2022, district, decision)));

    honours.revokeDecision(decision);

    assertThat(honours.heldByPerson(lan, 2022, 2022))
        .extracting(HonourHeld::honourCode, HonourHeld::revoked)
        .containsExactly(tuple("GK", true));
    honours.recordAwarded(
        List.of(
            new HonourAward(
                "GK", 1, Recipient.INDIVIDUAL, lan, null, 2022, district, decision + 1)));
    assertThat(honours.heldByPerson(lan, 2022, 2022))
        .extracting(HonourHeld::revoked)
        .containsExactly(true, false);
  }
}
