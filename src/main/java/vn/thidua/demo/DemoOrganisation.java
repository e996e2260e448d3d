package vn.thidua.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.stereotype.Component;
import vn.thidua.organisation.Catalogue;
import vn.thidua.organisation.Headcount;
import vn.thidua.organisation.Hierarchy;
import vn.thidua.organisation.UnitFigures;

/** Builds the demo hierarchy through the organisation module's own facades. */
@Component
class DemoOrganisation {

  static final LocalDate HANOI_FOUNDED = LocalDate.of(1955, 1, 1);
  static final LocalDate BTL_FOUNDED = LocalDate.of(2014, 4, 1);
  static final LocalDate FIGURES_2020 = LocalDate.of(2020, 1, 1);
  static final LocalDate FIGURES_2023 = LocalDate.of(2023, 1, 1);
  static final LocalDate REFORM_2025 = LocalDate.of(2025, 7, 1);

  /** The units the rest of the demo refers to. */
  record Units(
      long national,
      long hanoi,
      long bacTuLiem,
      long zone,
      Map<String, Long> wardUnions,
      Map<String, Long> grassroots) {}

  private final Hierarchy hierarchy;
  private final UnitFigures figures;
  private final Catalogue catalogue;

  DemoOrganisation(Hierarchy hierarchy, UnitFigures figures, Catalogue catalogue) {
    this.hierarchy = hierarchy;
    this.figures = figures;
    this.catalogue = catalogue;
  }

  Units build(long national) {
    long hanoi =
        hierarchy.create(
            new Hierarchy.NewUnit(
                national,
                "HN",
                "Liên đoàn Lao động thành phố Hà Nội",
                "PROVINCE",
                null,
                HANOI_FOUNDED));
    long bacTuLiem =
        hierarchy.create(
            new Hierarchy.NewUnit(
                hanoi,
                "HN-BTL",
                "Liên đoàn Lao động quận Bắc Từ Liêm",
                "DISTRICT",
                null,
                BTL_FOUNDED));
    List<DemoUnit> demoUnits = BacTuLiem.grassrootsUnits();
    Map<String, Long> grassroots = new LinkedHashMap<>();
    for (DemoUnit unit : demoUnits) {
      grassroots.put(
          unit.name(),
          hierarchy.create(
              new Hierarchy.NewUnit(
                  bacTuLiem, null, unit.name(), "GRASSROOTS", unit.sectorCode(), BTL_FOUNDED)));
    }
    recordFigures(demoUnits, grassroots);
    clusters(bacTuLiem, demoUnits, grassroots);
    long zone = industrialZone(hanoi);
    Map<String, Long> wardUnions = reform2025(hanoi, bacTuLiem, demoUnits, grassroots);
    return new Units(national, hanoi, bacTuLiem, zone, wardUnions, grassroots);
  }

  /** 2020 figures that add up to the district's totals exactly; 2023 figures a little larger. */
  private void recordFigures(List<DemoUnit> units, Map<String, Long> ids) {
    double[] weights = units.stream().mapToDouble(DemoUnit::weight).toArray();
    int[] workers = Apportion.byWeight(BacTuLiem.WORKERS_2020, weights);
    double[] nonMemberWeights = new double[units.size()];
    for (int i = 0; i < units.size(); i++) {
      nonMemberWeights[i] = units.get(i).sectorCode().equals("DN") ? workers[i] : workers[i] * 0.1;
    }
    int[] nonMembers =
        Apportion.byWeight(BacTuLiem.WORKERS_2020 - BacTuLiem.MEMBERS_2020, nonMemberWeights);
    Random random = new Random(9815);
    for (int i = 0; i < units.size(); i++) {
      DemoUnit unit = units.get(i);
      long id = ids.get(unit.name());
      Headcount in2020 = headcount(workers[i], workers[i] - nonMembers[i], unit, random);
      figures.record(id, FIGURES_2020, in2020);
      int grown = (int) Math.round(workers[i] * (1.0 + random.nextInt(8) / 100.0));
      figures.record(id, FIGURES_2023, headcount(grown, grown - nonMembers[i], unit, random));
    }
  }

  private static Headcount headcount(int workers, int members, DemoUnit unit, Random random) {
    double womenShare =
        switch (unit.sectorCode()) {
          case "TH" -> 0.78;
          case "HCSN" -> 0.52;
          default -> 0.44;
        };
    int womenWorkers = (int) Math.round(workers * (womenShare + random.nextInt(9) / 100.0 - 0.04));
    int womenMembers =
        Math.min(womenWorkers, (int) Math.round((double) womenWorkers * members / workers));
    return new Headcount(workers, womenWorkers, members, womenMembers);
  }

  private long industrialZone(long hanoi) {
    long zone =
        hierarchy.create(
            new Hierarchy.NewUnit(
                hanoi,
                "HN-KCN",
                "Công đoàn các Khu công nghiệp và Chế xuất Hà Nội",
                "ZONE",
                null,
                LocalDate.of(1998, 6, 1)));
    Random random = new Random(1998);
    for (String name : DemoNames.ZONE_ENTERPRISES) {
      long id =
          hierarchy.create(
              new Hierarchy.NewUnit(
                  zone, null, name, "GRASSROOTS", "DN", LocalDate.of(2005, 1, 1)));
      int workers = 300 + random.nextInt(2_700);
      int members = workers - random.nextInt(workers / 10);
      int women = (int) (workers * 0.6);
      figures.record(
          id,
          FIGURES_2020,
          new Headcount(workers, women, members, Math.min(women, (int) (members * 0.6))));
    }
    return zone;
  }

  /** On 01/07/2025 the district union ends and its grassroots unions move to ward unions. */
  private Map<String, Long> reform2025(
      long hanoi, long bacTuLiem, List<DemoUnit> units, Map<String, Long> ids) {
    Map<String, Long> wardUnions = new LinkedHashMap<>();
    for (String ward : DemoNames.WARD_UNIONS) {
      wardUnions.put(
          ward,
          hierarchy.create(
              new Hierarchy.NewUnit(
                  hanoi, null, "Công đoàn phường " + ward, "WARD", "XA", REFORM_2025)));
    }
    for (DemoUnit unit : units) {
      hierarchy.move(ids.get(unit.name()), wardUnions.get(unit.ward().wardUnion()), REFORM_2025);
    }
    hierarchy.dissolve(bacTuLiem, REFORM_2025);
    return wardUnions;
  }

  /** Three emulation clusters of 2020 in the district, by sector. */
  private void clusters(long bacTuLiem, List<DemoUnit> units, Map<String, Long> ids) {
    Map<String, String> clusterBySector =
        Map.of(
            "TH", "Cụm thi đua các trường học",
            "HCSN", "Cụm thi đua khối hành chính sự nghiệp",
            "DN", "Cụm thi đua khối doanh nghiệp");
    Map<String, Long> clusterIds = new LinkedHashMap<>();
    clusterBySector.forEach(
        (sector, name) ->
            clusterIds.put(
                sector, catalogue.addCluster(new Catalogue.ClusterForm(name, 2020, bacTuLiem))));
    List<DemoUnit> members = new ArrayList<>(units);
    for (DemoUnit unit : members) {
      catalogue.join(clusterIds.get(unit.sectorCode()), ids.get(unit.name()));
    }
  }
}
