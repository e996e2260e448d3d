package vn.thidua.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.shared.web.DomainException;

class AuditQueryTests {

  private static final AuditPeriod ANY_TIME = AuditPeriod.of(null, null);

  @Test
  void readsNothingForAUserWhoSeesNoUnit() {
    AuditQuery query = AuditQuery.within(new AuditScope(List.of(), false));

    assertThat(query.where()).isEqualTo("false");
  }

  @Test
  void readsEachVisibleSubtreeAsAPathRange() {
    AuditQuery query = AuditQuery.within(new AuditScope(List.of("/1/7/", "/1/9/"), false));

    assertThat(query.where())
        .isEqualTo(
            "((unit_path >= :scope0 and unit_path < :scope0Upper)"
                + " or (unit_path >= :scope1 and unit_path < :scope1Upper))");
    assertThat(query.params())
        .containsEntry("scope0", "/1/7/")
        .containsEntry("scope0Upper", "/1/70")
        .containsEntry("scope1Upper", "/1/90");
  }

  @Test
  void addsEntriesWithoutAUnitOnlyWhenTheScopeAllowsThem() {
    AuditQuery query = AuditQuery.within(new AuditScope(List.of("/1/"), true));

    assertThat(query.where()).contains("or unit_path is null");
  }

  @Test
  void combinesTheFiltersThatAreGiven() {
    AuditQuery query =
        AuditQuery.within(new AuditScope(List.of("/1/"), false))
            .matching(
                new AuditFilter(null, " An.Nguyen ", "OrgUnit", " ", null, null),
                ANY_TIME,
                "/1/7/");

    assertThat(query.where())
        .contains("(unit_path >= :unit and unit_path < :unitUpper)")
        .contains("actor = :actor")
        .contains("entity_type = :entityType")
        .doesNotContain("entity_id")
        .doesNotContain("occurred_at");
    assertThat(query.params()).containsEntry("actor", "an.nguyen");
  }

  @Test
  void takesInTheWholeLastDayInVietnam() {
    LocalDate newYearsEve = LocalDate.of(2025, 12, 31);

    AuditPeriod period = AuditPeriod.of(newYearsEve, newYearsEve);

    assertThat(period.start().toInstant())
        .isEqualTo(OffsetDateTime.of(2025, 12, 30, 17, 0, 0, 0, ZoneOffset.UTC).toInstant());
    assertThat(period.end().toInstant())
        .isEqualTo(OffsetDateTime.of(2025, 12, 31, 17, 0, 0, 0, ZoneOffset.UTC).toInstant());
  }

  @Test
  void refusesAPeriodThatEndsBeforeItStarts() {
    assertThatThrownBy(() -> AuditPeriod.of(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 31)))
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("audit.badRange"));
  }
}
