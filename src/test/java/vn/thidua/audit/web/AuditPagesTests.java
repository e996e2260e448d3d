package vn.thidua.audit.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.PlatformTransactionManager;
import vn.thidua.audit.ChangeAnnouncer;
import vn.thidua.shared.security.Role;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

@IntegrationTest
class AuditPagesTests {

  @Autowired MockMvcTester mvc;
  @Autowired Fixtures fixtures;
  @Autowired ApplicationEventPublisher events;
  @Autowired PlatformTransactionManager transactions;

  private AuditScenario scenario;

  @BeforeEach
  void recordChanges() {
    scenario = AuditScenario.recordedWith(fixtures, new ChangeAnnouncer(events, transactions));
  }

  private MockMvcTester.MockMvcRequestBuilder page() {
    return mvc.get().uri("/audit").param("entityType", scenario.entityType());
  }

  @Test
  void listsTheOfficersEntriesWithTheChangeSideBySide() {
    assertThat(page().with(Users.as(scenario.officer())))
        .hasStatusOk()
        .bodyText()
        .contains("Nhật ký thay đổi", "Từ ngày", "Đến ngày", "Người thực hiện")
        .contains("#in-grassroots", "Cập nhật", scenario.officer().username())
        .contains("Xem 1 trường thay đổi", "Tên cũ", "Tên mới", "Còn 1 trường không đổi.")
        .doesNotContain("#in-other-province", "#without-unit");
  }

  @Test
  void showsEntriesWithoutAUnitToTheRootAdministrator() {
    assertThat(page().with(Users.as(Role.ADMIN, fixtures.nationalUnitId())))
        .hasStatusOk()
        .bodyText()
        .contains("#in-grassroots", "#in-other-province", "#without-unit")
        .contains("(không gắn với đơn vị)", "Có 3 bản ghi");
  }

  @Test
  void filtersByUnitUserAndDates() {
    var rootAdmin = Users.as(Role.ADMIN, fixtures.nationalUnitId());

    assertThat(page().param("unitId", String.valueOf(scenario.otherProvince())).with(rootAdmin))
        .bodyText()
        .contains("#in-other-province")
        .doesNotContain("#in-grassroots", "#without-unit");
    assertThat(page().param("actor", scenario.officer().username()).with(rootAdmin))
        .bodyText()
        .contains("#in-grassroots")
        .doesNotContain("#in-other-province");
    assertThat(page().param("from", "01/01/2000").param("to", "31/12/2000").with(rootAdmin))
        .bodyText()
        .contains("Không có bản ghi nhật ký nào khớp với bộ lọc.")
        .doesNotContain("#in-grassroots");
  }

  @Test
  void explainsADateThatCannotBeRead() {
    assertThat(page().param("from", "32/01/2025").with(Users.as(scenario.officer())))
        .hasStatusOk()
        .bodyText()
        .contains("Từ ngày không phải là ngày hợp lệ; hãy nhập theo dạng dd/mm/yyyy")
        .doesNotContain("#in-grassroots");
  }

  @Test
  void explainsAPeriodThatEndsBeforeItStarts() {
    assertThat(
            page()
                .param("from", "02/01/2025")
                .param("to", "01/01/2025")
                .with(Users.as(scenario.officer())))
        .hasStatusOk()
        .bodyText()
        .contains("Từ ngày phải trước hoặc trùng với Đến ngày.");
  }

  @Test
  void pagesKeepTheFilters() {
    assertThat(page().param("entityId", "in-grassroots").with(Users.as(scenario.officer())))
        .hasStatusOk()
        .bodyText()
        .contains("Trang 1/1");
  }

  @Test
  void answersHtmxWithTheResultsAlone() {
    assertThat(page().header("HX-Request", "true").with(Users.as(scenario.officer())))
        .hasStatusOk()
        .bodyText()
        .contains("id=\"audit-results\"", "#in-grassroots")
        .doesNotContain("<html", "<form");
  }

  @Test
  void hidesAnotherProvincesUnitFromTheFilter() {
    assertThat(
            page()
                .param("unitId", String.valueOf(scenario.otherProvince()))
                .with(Users.as(scenario.officer())))
        .hasStatus(HttpStatus.NOT_FOUND);
  }

  @Test
  void cannotBeChangedThroughThePage() {
    assertThat(
            mvc.post()
                .uri("/audit")
                .with(csrf())
                .with(Users.as(Role.ADMIN, fixtures.nationalUnitId())))
        .hasStatus(HttpStatus.METHOD_NOT_ALLOWED);
  }

  @Test
  void sendsAnonymousVisitorsToTheLoginPage() {
    assertThat(mvc.get().uri("/audit")).hasStatus3xxRedirection();
  }
}
