package vn.thidua.report.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import tools.jackson.databind.json.JsonMapper;
import vn.thidua.report.Dashboard;
import vn.thidua.report.Dashboards;
import vn.thidua.report.ReviewFigures;
import vn.thidua.shared.web.Texts;

/** A unit's dashboard: headline figures, trends, the units below and programme targets. */
@Controller
class DashboardPages {

  private final Dashboards dashboards;
  private final Texts texts;
  private final JsonMapper json;

  DashboardPages(Dashboards dashboards, Texts texts, JsonMapper json) {
    this.dashboards = dashboards;
    this.texts = texts;
    this.json = json;
  }

  @GetMapping("/units/{unitId}/dashboard")
  String dashboard(@PathVariable long unitId, Model model) {
    Dashboard dashboard = dashboards.build(unitId);
    Map<String, Chart> charts = new LinkedHashMap<>();
    charts.put("organisation", DashboardCharts.organisationTrend(dashboard, texts::get));
    charts.put("activity", DashboardCharts.activityTrend(dashboard, texts::get));
    charts.put("breakdown", DashboardCharts.breakdown(dashboard.breakdown(), texts::get));
    charts.put("targets", DashboardCharts.targets(dashboard, texts::get));
    Map<String, String> data = new LinkedHashMap<>();
    charts.forEach((name, chart) -> data.put(name, json.writeValueAsString(chart)));
    model.addAttribute("dashboard", dashboard);
    model.addAttribute("cards", cards(dashboard));
    model.addAttribute("charts", charts);
    model.addAttribute("chartData", data);
    return "report/dashboard";
  }

  /** The headline figures this year so far beside the same days of last year. */
  private static List<ReviewLines.Line> cards(Dashboard dashboard) {
    Map<String, Function<ReviewFigures, Number>> figures = new LinkedHashMap<>();
    figures.put("figures.grassrootsUnits", f -> f.organisation().grassrootsUnits());
    figures.put("figures.workers", f -> f.organisation().workers());
    figures.put("figures.members", f -> f.organisation().members());
    figures.put("review.memberShare", ReviewFigures::memberShare);
    figures.put("review.recognitions", ReviewFigures::recognitions);
    figures.put("review.benefitVnd", ReviewFigures::benefitVnd);
    figures.put("review.contestsHeld", ReviewFigures::contestsHeld);
    figures.put("review.movementsLaunched", ReviewFigures::movementsLaunched);
    return figures.entrySet().stream()
        .map(
            figure ->
                new ReviewLines.Line(
                    "dashboard",
                    figure.getKey(),
                    null,
                    figure.getValue().apply(dashboard.current()),
                    figure.getValue().apply(dashboard.previous())))
        .toList();
  }
}
