package vn.thidua.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.shared.events.EntityChanged;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;

@IntegrationTest
@RecordApplicationEvents
class PeopleFacadeTests {

  @Autowired People people;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;
  @Autowired JsonMapper json;
  @Autowired ApplicationEvents events;

  static NewPerson worker(long unitId, int n) {
    return new NewPerson(
        unitId,
        "Công nhân thứ " + n,
        n % 2 == 0 ? Gender.FEMALE : Gender.MALE,
        1960 + n % 40,
        null,
        n % 3 != 0,
        true,
        LocalDate.of(2018, 1, 1));
  }

  @Test
  void registersThousandsInBatchesAndAnnouncesEachOne() {
    long province = fixtures.province("LĐLĐ tỉnh đông");
    long first = fixtures.grassroots(province, "Công đoàn Khu A");
    long second = fixtures.grassroots(province, "Công đoàn Khu B");
    List<NewPerson> many = new ArrayList<>();
    for (int n = 0; n < 1_200; n++) {
      many.add(worker(n < 700 ? first : second, n));
    }

    assertThat(people.registerAll(many)).isEqualTo(1_200);

    assertThat(people.countInSubtree(province)).isEqualTo(1_200);
    assertThat(people.countInSubtree(second)).isEqualTo(500);
    List<EntityChanged> announced =
        events.stream(EntityChanged.class).filter(e -> e.entityType().equals("Person")).toList();
    assertThat(announced).hasSize(1_200).allMatch(e -> e.action().equals("CREATE"));
    assertThat(announced.get(699).unitId()).isEqualTo(first);
    assertThat(announced.get(700).unitId()).isEqualTo(second);
    long lastId = Long.parseLong(announced.get(1_199).entityId());
    assertThat(people.find(lastId))
        .get()
        .extracting(PersonView::fullName)
        .isEqualTo("Công nhân thứ 1199");
  }

  @Test
  void registersNoneWhenOneIsBad() {
    long unit = fixtures.grassroots(fixtures.province("LĐLĐ tỉnh lỗi"), "Công đoàn lỗi");
    List<NewPerson> batch = new ArrayList<>(List.of(worker(unit, 1), worker(unit, 2)));
    batch.add(
        new NewPerson(
            unit, "Trẻ Quá", Gender.MALE, 2020, null, false, false, LocalDate.of(2024, 1, 1)));

    assertThatThrownBy(() -> people.registerAll(batch)).isInstanceOf(InvalidPerson.class);

    assertThat(people.countInSubtree(unit)).isZero();
  }

  @Test
  void refusesAUnitThatDoesNotExist() {
    assertThatThrownBy(() -> people.register(worker(Long.MAX_VALUE, 1)))
        .isInstanceOfSatisfying(
            InvalidPerson.class, e -> assertThat(e.messageKey()).isEqualTo("people.unit.unknown"));
  }

  @Test
  void countsOnlyThoseStillWorking() {
    long unit = fixtures.grassroots(fixtures.province("LĐLĐ tỉnh đếm"), "Công đoàn đếm");
    long leaving = people.register(worker(unit, 1));
    people.register(worker(unit, 2));
    jdbc.sql("update person set left_on = current_date where id = :id")
        .param("id", leaving)
        .update();

    assertThat(people.countInSubtree(unit)).isEqualTo(1);
  }

  @Test
  void announcesARegistrationTheAuditLogCanStoreAsJson() {
    long unit = fixtures.grassroots(fixtures.province("LĐLĐ tỉnh ghi"), "Công đoàn ghi");

    long id = people.register(worker(unit, 4));

    EntityChanged created =
        events.stream(EntityChanged.class)
            .filter(e -> e.entityId().equals(String.valueOf(id)))
            .findFirst()
            .orElseThrow();
    assertThat(created.unitId()).isEqualTo(unit);
    assertThat(json.writeValueAsString(created.after()))
        .contains("\"fullName\":\"Công nhân thứ 4\"", "\"startedOn\":\"2018-01-01\"");
  }
}
