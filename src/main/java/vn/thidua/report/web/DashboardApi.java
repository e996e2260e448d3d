package vn.thidua.report.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.report.Dashboard;
import vn.thidua.report.Dashboards;

@RestController
@Tag(name = "Reviews", description = "Interim and annual reviews of a unit's subtree")
class DashboardApi {

  private final Dashboards dashboards;

  DashboardApi(Dashboards dashboards) {
    this.dashboards = dashboards;
  }

  @GetMapping("/api/units/{unitId}/dashboard")
  @Operation(
      summary = "A unit's dashboard",
      description =
          "The figures the dashboard page shows: the subtree's figures this year so far"
              + " (current) and over the same days of last year (previous), each of the last five"
              + " years (the running one partial), the units directly below this year, and the"
              + " initiative programmes of those years the unit takes part in, against its"
              + " targets.")
  Dashboard dashboard(@PathVariable long unitId) {
    return dashboards.build(unitId);
  }
}
