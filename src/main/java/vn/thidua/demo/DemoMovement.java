package vn.thidua.demo;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.stereotype.Component;
import vn.thidua.movement.Direction;
import vn.thidua.movement.Measure;
import vn.thidua.movement.MovementDraft;
import vn.thidua.movement.MovementHistory;
import vn.thidua.movement.MovementKind;
import vn.thidua.movement.MovementView;
import vn.thidua.movement.Movements;
import vn.thidua.movement.Progress;
import vn.thidua.movement.ProgressDraft;
import vn.thidua.movement.RegistrationDraft;
import vn.thidua.movement.Registrations;
import vn.thidua.movement.Scoreboard;
import vn.thidua.organisation.Catalogue;
import vn.thidua.organisation.RollUp;
import vn.thidua.organisation.UnitFigures;
import vn.thidua.people.Gender;
import vn.thidua.people.NewPerson;
import vn.thidua.people.People;

/**
 * The 2023 movement of the Hà Nội industrial-zone union, as it happened: launched in January with
 * two phases, its ten enterprise unions in two clusters registering in February (seven approved,
 * one waiting, one returned, one that never registered), reporting after each phase, and ranked at
 * the end of the year with one adjustment. Recorded through the movement module's facades, each
 * step on its own day.
 */
@Component
class DemoMovement {

  static final String NAME = "Lao động giỏi, lao động sáng tạo năm 2023";
  static final LocalDate START = LocalDate.of(2023, 1, 1);
  static final LocalDate END = LocalDate.of(2023, 12, 31);
  static final LocalDate MID_YEAR = LocalDate.of(2023, 6, 30);

  // Codes of the honours catalogue: Lao động giỏi, Chiến sĩ thi đua cơ sở and Công đoàn cơ sở hoàn
  // thành xuất sắc nhiệm vụ.
  private static final String GOOD_WORKER = "LDG";
  private static final String FIGHTER = "CSTDCS";
  private static final String STRONG_UNION = "CDCS_HTXS";
  private static final String ELECTRONICS = "Cụm thi đua số 1 – Điện tử, cơ khí, thiết bị";
  private static final String LIGHT_INDUSTRY = "Cụm thi đua số 2 – Dệt may, bao bì, thực phẩm";

  private final Movements movements;
  private final Registrations registrations;
  private final Progress progress;
  private final Scoreboard scoreboard;
  private final MovementHistory history;
  private final Catalogue catalogue;
  private final UnitFigures figures;
  private final People people;

  DemoMovement(
      Movements movements,
      Registrations registrations,
      Progress progress,
      Scoreboard scoreboard,
      MovementHistory history,
      Catalogue catalogue,
      UnitFigures figures,
      People people) {
    this.movements = movements;
    this.registrations = registrations;
    this.progress = progress;
    this.scoreboard = scoreboard;
    this.history = history;
    this.catalogue = catalogue;
    this.figures = figures;
    this.people = people;
  }

  void build(DemoOrganisation.Units units) {
    Map<String, Long> enterprises = enterprises(units.zone());
    clusters(units.zone(), enterprises);
    Map<Long, List<Long>> workers = workers(enterprises);
    long pilot = enterprises.get("Công ty TNHH Điện tử Thăng Long");
    long movementId = history.asOf(LocalDate.of(2023, 1, 5), () -> launch(units.zone(), pilot));
    MovementView movement = movements.get(movementId);
    Random random = new Random(2023);
    List<String> names = new ArrayList<>(enterprises.keySet());
    Map<Long, Long> registered = new LinkedHashMap<>();
    for (int i = 0; i < names.size() - 1; i++) {
      long unit = enterprises.get(names.get(i));
      LocalDate day = LocalDate.of(2023, 2, 6 + 2 * i);
      registered.put(
          unit,
          history.asOf(day, () -> register(movement, unit, workers.get(unit), random.nextInt(6))));
    }
    review(registered);
    reportPhases(movement, enterprises, names);
    history.runAsOf(
        LocalDate.of(2024, 1, 12),
        () ->
            scoreboard.adjust(
                movementId,
                movement.phases().get(1).id(),
                enterprises.get("Công ty TNHH May xuất khẩu Sài Đồng"),
                new Scoreboard.Adjustment(
                    BigDecimal.valueOf(3),
                    "Đạt giải Nhì Hội thi An toàn, vệ sinh viên giỏi cấp Thành phố năm 2023",
                    null)));
  }

  /** The zone's enterprise unions by name. */
  private Map<String, Long> enterprises(long zone) {
    Map<String, Long> byName = new LinkedHashMap<>();
    RollUp rollUp = figures.rollUp(zone, START);
    for (String name : DemoNames.ZONE_ENTERPRISES) {
      rollUp.children().stream()
          .filter(child -> child.unit().name().equals(name))
          .findFirst()
          .ifPresent(child -> byName.put(name, child.unit().id()));
    }
    return byName;
  }

  private void clusters(long zone, Map<String, Long> enterprises) {
    long electronics = catalogue.addCluster(new Catalogue.ClusterForm(ELECTRONICS, 2023, zone));
    long light = catalogue.addCluster(new Catalogue.ClusterForm(LIGHT_INDUSTRY, 2023, zone));
    int i = 0;
    for (long unit : enterprises.values()) {
      catalogue.join(i++ % 2 == 0 ? electronics : light, unit);
    }
  }

  /** A few workers in each enterprise, the people who register for titles. */
  private Map<Long, List<Long>> workers(Map<String, Long> enterprises) {
    Random random = new Random(1998_2023);
    Map<Long, List<Long>> byUnit = new LinkedHashMap<>();
    for (long unit : enterprises.values()) {
      List<Long> ids = new ArrayList<>();
      for (int i = 0; i < 4; i++) {
        boolean female = random.nextDouble() < 0.6;
        ids.add(
            people.register(
                new NewPerson(
                    unit,
                    VietnameseNames.next(random, female).fullName(),
                    female ? Gender.FEMALE : Gender.MALE,
                    1975 + random.nextInt(25),
                    i == 0 ? "Tổ trưởng sản xuất" : "Công nhân vận hành máy",
                    true,
                    true,
                    LocalDate.of(2012 + random.nextInt(8), 3, 1))));
      }
      byUnit.put(unit, ids);
    }
    return byUnit;
  }

  private long launch(long zone, long pilot) {
    long id =
        movements.draft(
            new MovementDraft(
                zone,
                MovementKind.REGULAR,
                NAME,
                "Công nhân, viên chức, lao động các Khu công nghiệp và Chế xuất Hà Nội thi đua lao"
                    + " động giỏi, lao động sáng tạo",
                START,
                END,
                LocalDate.of(2023, 2, 28),
                List.of(
                    new MovementDraft.PhaseDraft(
                        null,
                        "Đoàn kết, sáng tạo, thi đua lập thành tích chào mừng Đại hội Công đoàn các"
                            + " cấp",
                        START,
                        MID_YEAR),
                    new MovementDraft.PhaseDraft(
                        null,
                        "Thi đua lao động giỏi, lao động sáng tạo, hoàn thành thắng lợi nhiệm vụ năm"
                            + " 2023",
                        LocalDate.of(2023, 7, 1),
                        END)),
                List.of(
                    "Nâng cao năng suất, chất lượng, hiệu quả lao động",
                    "Phát huy sáng kiến, cải tiến kỹ thuật trong công nhân lao động",
                    "Phát triển đoàn viên, xây dựng tổ chức Công đoàn vững mạnh",
                    "Bảo đảm an toàn, vệ sinh lao động"),
                List.of(
                    criterion("Sáng kiến, cải tiến kỹ thuật được công nhận", "sáng kiến", 10, 35),
                    criterion("Đoàn viên công đoàn kết nạp mới", "người", 40, 25),
                    new MovementDraft.CriterionDraft(
                        "Tai nạn lao động nghiêm trọng",
                        "vụ",
                        Measure.NUMERIC,
                        Direction.LOWER,
                        BigDecimal.ZERO,
                        BigDecimal.valueOf(20)),
                    new MovementDraft.CriterionDraft(
                        "Ký kết thỏa ước lao động tập thể",
                        null,
                        Measure.YES_NO,
                        null,
                        null,
                        BigDecimal.valueOf(20))),
                List.of(GOOD_WORKER, FIGHTER, STRONG_UNION),
                new MovementDraft.Participation(true, null, null, null),
                List.of(pilot),
                List.of(),
                null));
    movements.launch(id, 0);
    return id;
  }

  private static MovementDraft.CriterionDraft criterion(
      String name, String unit, int target, int weight) {
    return new MovementDraft.CriterionDraft(
        name,
        unit,
        Measure.NUMERIC,
        Direction.HIGHER,
        BigDecimal.valueOf(target),
        BigDecimal.valueOf(weight));
  }

  /** Pledges a little above the movement's targets, the union title and two people. */
  private long register(MovementView movement, long unit, List<Long> workers, int extra) {
    List<MovementView.CriterionView> criteria = movement.criteria();
    long id =
        registrations.register(
            movement.id(),
            new RegistrationDraft(
                unit,
                List.of(
                    new RegistrationDraft.TargetPledge(
                        criteria.get(0).id(), BigDecimal.valueOf(10 + extra)),
                    new RegistrationDraft.TargetPledge(
                        criteria.get(1).id(), BigDecimal.valueOf(40 + 5 * extra)),
                    new RegistrationDraft.TargetPledge(criteria.get(2).id(), BigDecimal.ZERO)),
                List.of(STRONG_UNION),
                List.of(
                    new RegistrationDraft.PersonPledge(workers.get(0), null, FIGHTER),
                    new RegistrationDraft.PersonPledge(workers.get(1), null, GOOD_WORKER)),
                null,
                null));
    registrations.submit(id, 0);
    return id;
  }

  /** Seven approved, the eighth returned for changes, the ninth still waiting. */
  private void review(Map<Long, Long> registered) {
    List<Long> ids = new ArrayList<>(registered.values());
    history.runAsOf(
        LocalDate.of(2023, 3, 3),
        () -> {
          for (int i = 0; i < ids.size() - 2; i++) {
            registrations.approve(ids.get(i), 1);
          }
          registrations.returnForChanges(
              ids.get(ids.size() - 2),
              "Chỉ tiêu sáng kiến thấp hơn kết quả năm 2022; đề nghị đơn vị đăng ký lại.",
              1);
        });
  }

  /**
   * Cumulative results after each phase: every union reports the first phase except the last one,
   * which catches up at the end of the year.
   */
  private void reportPhases(
      MovementView movement, Map<String, Long> enterprises, List<String> names) {
    Random random = new Random(7_929);
    List<MovementView.CriterionView> criteria = movement.criteria();
    long first = movement.phases().get(0).id();
    long second = movement.phases().get(1).id();
    for (int i = 0; i < names.size(); i++) {
      long unit = enterprises.get(names.get(i));
      int initiatives = 2 + random.nextInt(9);
      int members = 10 + random.nextInt(30);
      int accidents = random.nextInt(10) == 0 ? 1 : 0;
      boolean agreement = random.nextInt(4) > 0;
      if (i < names.size() - 1) {
        ProgressDraft midYear =
            values(criteria, initiatives, members, accidents, agreement, "Báo cáo sơ kết 6 tháng");
        history.runAsOf(
            LocalDate.of(2023, 7, 5 + i),
            () -> progress.report(movement.id(), first, unit, midYear));
      }
      ProgressDraft yearEnd =
          values(
              criteria,
              initiatives + 3 + random.nextInt(8),
              members + 15 + random.nextInt(30),
              accidents + (random.nextInt(12) == 0 ? 1 : 0),
              agreement || random.nextBoolean(),
              "Báo cáo tổng kết năm 2023");
      history.runAsOf(
          LocalDate.of(2024, 1, 3 + i),
          () -> progress.report(movement.id(), second, unit, yearEnd));
    }
  }

  private static ProgressDraft values(
      List<MovementView.CriterionView> criteria,
      int initiatives,
      int members,
      int accidents,
      boolean agreement,
      String note) {
    return new ProgressDraft(
        List.of(
            new ProgressDraft.Value(criteria.get(0).id(), BigDecimal.valueOf(initiatives), note),
            new ProgressDraft.Value(criteria.get(1).id(), BigDecimal.valueOf(members), null),
            new ProgressDraft.Value(criteria.get(2).id(), BigDecimal.valueOf(accidents), null),
            new ProgressDraft.Value(
                criteria.get(3).id(), agreement ? BigDecimal.ONE : BigDecimal.ZERO, null)),
        null);
  }
}
