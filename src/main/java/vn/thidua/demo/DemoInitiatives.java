package vn.thidua.demo;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.thidua.initiative.AuthorEntry;
import vn.thidua.initiative.CouncilScore;
import vn.thidua.initiative.Decision;
import vn.thidua.initiative.InitiativeField;
import vn.thidua.initiative.InitiativeForm;
import vn.thidua.initiative.InitiativeView;
import vn.thidua.initiative.Initiatives;
import vn.thidua.initiative.NewProgramme;
import vn.thidua.initiative.Programmes;
import vn.thidua.initiative.Proposal;
import vn.thidua.initiative.RecognitionLevel;
import vn.thidua.initiative.TargetChange;
import vn.thidua.people.PeopleRegistry;
import vn.thidua.people.PersonSearch;
import vn.thidua.people.PersonView;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.shared.time.Dates;

/**
 * The national "1 triệu sáng kiến" programme with its targets handed down to Hà Nội, Bắc Từ Liêm
 * and its 248 grassroots unions; the 914 initiatives those unions recognised in 2020 (and 37 they
 * did not); the 53 authors and author groups the district honoured, scored by its council; two
 * recognised by the city; and a few initiatives under review now. All through the initiative
 * module's facades, as the officers and council members would enter them.
 */
@Component
class DemoInitiatives {

  static final int RECOGNISED_2020 = 914;
  static final int REFUSED_2020 = 37;
  static final int HONOURED_AT_DISTRICT = 53;
  static final int BTL_TARGET = 1_500;
  static final LocalDate LAST_DECISION_2020 = LocalDate.of(2020, 12, 20);
  static final LocalDate DISTRICT_DECISION = LocalDate.of(2020, 12, 28);

  private static final List<String> REFUSALS =
      List.of(
          "Giải pháp đã được áp dụng rộng rãi trước đó, chưa có tính mới.",
          "Chưa chứng minh được hiệu quả sau thời gian áp dụng thử.",
          "Trùng với sáng kiến đã được công nhận năm trước tại đơn vị.");
  private static final List<String> BENEFITS =
      List.of(
          "Giảm thời gian chờ đợi của người dân",
          "Học sinh hứng thú, tích cực phát biểu hơn",
          "Công việc gọn gàng, giảm sai sót",
          "Môi trường làm việc an toàn, sạch sẽ hơn");

  private record Entered(long id, long unitId, LocalDate decidedOn, Set<String> authors) {}

  private final Programmes programmes;
  private final Initiatives initiatives;
  private final PeopleRegistry people;
  private final EntityManager entities;

  DemoInitiatives(
      Programmes programmes,
      Initiatives initiatives,
      PeopleRegistry people,
      EntityManager entities) {
    this.programmes = programmes;
    this.initiatives = initiatives;
    this.people = people;
    this.entities = entities;
  }

  long load(DemoOrganisation.Units units, DemoAccounts.Created logins) {
    long programme = launch(units);
    List<DemoUnit> demoUnits = BacTuLiem.grassrootsUnits();
    handDown(programme, units, demoUnits);
    Map<Long, List<PersonView>> workers = new HashMap<>();
    units.grassroots().values().forEach(unit -> workers.put(unit, workersOf(unit)));
    List<Entered> recognised = enter2020(programme, units, demoUnits, workers);
    List<Entered> honoured = honourAtDistrict(recognised, units, logins);
    recogniseInTheCity(honoured, logins, units);
    underReviewNow(units, workers);
    return programme;
  }

  private long launch(DemoOrganisation.Units units) {
    List<NewProgramme.Window> windows = new ArrayList<>();
    for (int year = 2019; year <= 2023; year++) {
      windows.add(
          new NewProgramme.Window(
              "Năm " + year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }
    return programmes
        .launch(
            new NewProgramme(
                units.national(),
                "Chương trình «1 triệu sáng kiến» giai đoạn 2019–2023",
                "Mỗi đoàn viên, người lao động có ít nhất một sáng kiến, cải tiến kỹ thuật, giải"
                    + " pháp hữu ích trong lao động sản xuất, công tác, học tập.",
                LocalDate.of(2019, 1, 1),
                LocalDate.of(2023, 12, 31),
                true,
                1_000_000,
                windows))
        .id();
  }

  /** 60,000 to Hà Nội, 1,500 to Bắc Từ Liêm, shared among its unions by their size. */
  private void handDown(long programme, DemoOrganisation.Units units, List<DemoUnit> demoUnits) {
    programmes.setTarget(programme, units.hanoi(), new TargetChange(60_000, null));
    programmes.setTarget(programme, units.bacTuLiem(), new TargetChange(BTL_TARGET, null));
    int[] shares =
        Apportion.byWeight(
            BTL_TARGET - demoUnits.size(),
            demoUnits.stream().mapToDouble(DemoUnit::weight).toArray());
    for (int i = 0; i < demoUnits.size(); i++) {
      programmes.setTarget(
          programme,
          units.grassroots().get(demoUnits.get(i).name()),
          new TargetChange(1 + shares[i], null));
    }
  }

  private List<PersonView> workersOf(long unitId) {
    return people.search(new PersonSearch(unitId, "", false, 0, 200)).items();
  }

  private List<Entered> enter2020(
      long programme,
      DemoOrganisation.Units units,
      List<DemoUnit> demoUnits,
      Map<Long, List<PersonView>> workers) {
    Random random = new Random(914);
    int total = RECOGNISED_2020 + REFUSED_2020;
    int[] perUnit =
        Apportion.byWeight(total, demoUnits.stream().mapToDouble(DemoUnit::weight).toArray());
    List<Integer> slots = new ArrayList<>();
    for (int i = 0; i < total; i++) {
      slots.add(i);
    }
    Collections.shuffle(slots, random);
    Set<Integer> refused = new HashSet<>(slots.subList(0, REFUSED_2020));
    List<Entered> recognised = new ArrayList<>();
    int slot = 0;
    for (int u = 0; u < demoUnits.size(); u++) {
      DemoUnit unit = demoUnits.get(u);
      long unitId = units.grassroots().get(unit.name());
      Set<String> titles = new HashSet<>();
      for (int k = 0; k < perUnit[u]; k++, slot++) {
        DemoInitiativeTexts.Text text = uniqueText(unit, titles, random);
        LocalDate applied = LocalDate.of(2019, 6, 1).plusDays(random.nextInt(390));
        LocalDate submitted =
            max(LocalDate.of(2020, 1, 6), applied.plusDays(30 + random.nextInt(120)));
        submitted = min(submitted, LocalDate.of(2020, 11, 10));
        Authors authors = authors(unitId, text, workers.get(unitId), random);
        InitiativeView entered =
            initiatives.submit(
                new InitiativeForm(
                    unitId,
                    programme,
                    text.title(),
                    text.summary(),
                    text.field(),
                    authors.entries(),
                    authors.group(),
                    applied,
                    benefit(unit, random),
                    random.nextInt(3) == 0 || !"DN".equals(unit.sectorCode())
                        ? BENEFITS.get(random.nextInt(BENEFITS.size()))
                        : null,
                    submitted,
                    true,
                    null));
        LocalDate decided = min(submitted.plusDays(15 + random.nextInt(30)), LAST_DECISION_2020);
        boolean yes = !refused.contains(slot);
        InitiativeView decision =
            initiatives.decide(
                entered.id(),
                RecognitionLevel.GRASSROOTS,
                new Decision(
                    yes,
                    yes ? null : REFUSALS.get(random.nextInt(REFUSALS.size())),
                    decided,
                    (1 + random.nextInt(60)) + "/QĐ-CĐCS",
                    "Hội đồng sáng kiến cơ sở họp, đủ thành viên, biểu quyết công khai.",
                    entered.version()));
        if (yes) {
          recognised.add(new Entered(decision.id(), unitId, decided, authors.keys()));
        }
        forgetLoadedRecords(slot);
      }
    }
    return recognised;
  }

  /**
   * The whole demo loads in one transaction; records already saved are let go now and then, so that
   * each save does not check a thousand earlier ones for changes.
   */
  private void forgetLoadedRecords(int count) {
    if (count % 50 == 49) {
      entities.flush();
      entities.clear();
    }
  }

  private static DemoInitiativeTexts.Text uniqueText(
      DemoUnit unit, Set<String> titles, Random random) {
    DemoInitiativeTexts.Text text =
        DemoInitiativeTexts.next(unit.sectorCode(), unit.name(), random);
    for (int tries = 0; tries < 20 && titles.contains(text.title()); tries++) {
      text = DemoInitiativeTexts.next(unit.sectorCode(), unit.name(), random);
    }
    titles.add(text.title());
    return text;
  }

  private record Authors(List<AuthorEntry> entries, String group, Set<String> keys) {}

  /** A quarter are a team's; the others have one to three workers of the union. */
  private static Authors authors(
      long unitId, DemoInitiativeTexts.Text text, List<PersonView> workers, Random random) {
    if (workers.isEmpty() || random.nextInt(4) == 0) {
      return new Authors(List.of(), text.group(), Set.of("g" + unitId + text.group()));
    }
    int count = Math.min(workers.size(), 1 + random.nextInt(3));
    List<PersonView> chosen = new ArrayList<>(workers);
    Collections.shuffle(chosen, random);
    List<String> shares =
        switch (count) {
          case 1 -> List.of("100");
          case 2 -> random.nextBoolean() ? List.of("50", "50") : List.of("60", "40");
          default -> List.of("40", "30", "30");
        };
    List<AuthorEntry> entries = new ArrayList<>();
    Set<String> keys = new LinkedHashSet<>();
    for (int i = 0; i < count; i++) {
      entries.add(new AuthorEntry(chosen.get(i).id(), new BigDecimal(shares.get(i)), null));
      keys.add("p" + chosen.get(i).id());
    }
    return new Authors(entries, null, keys);
  }

  private static Long benefit(DemoUnit unit, Random random) {
    if ("DN".equals(unit.sectorCode())) {
      return (5 + random.nextInt(250)) * 1_000_000L;
    }
    return random.nextInt(10) < 3 ? (1 + random.nextInt(20)) * 500_000L : null;
  }

  /**
   * The district's council scores and the district recognises initiatives until exactly 53 authors
   * and author groups are honoured; four more are proposed and not recognised.
   */
  private List<Entered> honourAtDistrict(
      List<Entered> recognised, DemoOrganisation.Units units, DemoAccounts.Created logins) {
    Random random = new Random(53);
    List<Entered> candidates = new ArrayList<>(recognised);
    Collections.shuffle(candidates, random);
    Set<String> authors = new HashSet<>();
    List<Entered> honoured = new ArrayList<>();
    List<Entered> turnedDown = new ArrayList<>();
    for (Entered candidate : candidates) {
      Set<String> together = new HashSet<>(authors);
      together.addAll(candidate.authors());
      if (authors.size() < HONOURED_AT_DISTRICT && together.size() <= HONOURED_AT_DISTRICT) {
        authors = together;
        honoured.add(candidate);
      } else if (turnedDown.size() < 4 && Collections.disjoint(authors, candidate.authors())) {
        turnedDown.add(candidate);
      }
      if (authors.size() == HONOURED_AT_DISTRICT && turnedDown.size() == 4) {
        break;
      }
    }
    List<SignedInUser> council =
        List.of(
            DemoActor.of(logins.login("btl.hoidong"), units.bacTuLiem()),
            DemoActor.of(logins.login("btl.giamkhao"), units.bacTuLiem()));
    for (Entered initiative : honoured) {
      review(initiative, RecognitionLevel.DISTRICT, council, true, DISTRICT_DECISION, random);
    }
    for (Entered initiative : turnedDown) {
      review(initiative, RecognitionLevel.DISTRICT, council, false, DISTRICT_DECISION, random);
    }
    return honoured;
  }

  /** Hà Nội's council looks at three of the district's best and recognises two. */
  private void recogniseInTheCity(
      List<Entered> honoured, DemoAccounts.Created logins, DemoOrganisation.Units units) {
    Random random = new Random(2021);
    List<SignedInUser> council =
        List.of(DemoActor.of(logins.login("hanoi.hoidong"), units.hanoi()));
    LocalDate decided = LocalDate.of(2021, 4, 20);
    for (int i = 0; i < Math.min(3, honoured.size()); i++) {
      Entered district =
          new Entered(
              honoured.get(i).id(),
              honoured.get(i).unitId(),
              DISTRICT_DECISION,
              honoured.get(i).authors());
      review(district, RecognitionLevel.PROVINCE, council, i < 2, decided, random);
    }
  }

  private void review(
      Entered initiative,
      RecognitionLevel level,
      List<SignedInUser> council,
      boolean recognise,
      LocalDate decidedOn,
      Random random) {
    LocalDate proposedOn = min(initiative.decidedOn().plusDays(7), decidedOn.minusDays(14));
    initiatives.propose(
        initiative.id(), new Proposal(level, max(proposedOn, initiative.decidedOn())));
    for (SignedInUser member : council) {
      int low = recognise ? 20 : 8;
      DemoActor.call(
          member,
          () ->
              initiatives.score(
                  initiative.id(),
                  level,
                  new CouncilScore(
                      List.of(
                          low + random.nextInt(11),
                          low + random.nextInt(11),
                          low + 8 + random.nextInt(13)),
                      recognise,
                      recognise ? "Có tính mới, áp dụng hiệu quả." : "Hiệu quả chưa rõ.")));
    }
    InitiativeView current = initiatives.get(initiative.id());
    initiatives.decide(
        initiative.id(),
        level,
        new Decision(
            recognise,
            recognise ? null : REFUSALS.get(random.nextInt(REFUSALS.size())),
            decidedOn,
            level == RecognitionLevel.DISTRICT ? "245/QĐ-LĐLĐ" : "112/QĐ-LĐLĐ",
            "Hội đồng thi đua – khen thưởng họp ngày "
                + vn.thidua.shared.time.Dates.format(decidedOn.minusDays(3))
                + ", chấm điểm theo ba tiêu chí và biểu quyết.",
            current.version()));
  }

  /**
   * Initiatives of today at two unions with demo logins: two awaiting their grassroots council, one
   * recognised there and awaiting the ward union formed by the 2025 reform.
   */
  private void underReviewNow(DemoOrganisation.Units units, Map<Long, List<PersonView>> workers) {
    LocalDate today = LocalDate.now(Dates.VIETNAM);
    long goldsun = units.grassroots().get("Công ty Goldsun Việt Nam");
    long school = units.grassroots().get("Trường Tiểu học Đông Ngạc A");
    submitNow(
        goldsun,
        "Khuôn in ống đồng thay nhanh giảm thời gian chuyển mẫu",
        InitiativeField.PRODUCTION,
        workers.get(goldsun).subList(0, 2),
        180_000_000L,
        today.minusDays(9));
    submitNow(
        goldsun,
        "Bảng theo dõi an toàn điện tử ở xưởng in",
        InitiativeField.SAFETY,
        workers.get(goldsun).subList(2, 3),
        null,
        today.minusDays(4));
    InitiativeView lesson =
        submitNow(
            school,
            "Góc đọc sách lưu động cho học sinh lớp 2",
            InitiativeField.EDUCATION,
            workers.get(school).subList(0, 1),
            null,
            today.minusDays(30));
    InitiativeView recognised =
        initiatives.decide(
            lesson.id(),
            RecognitionLevel.GRASSROOTS,
            new Decision(true, null, today.minusDays(12), "08/QĐ-CĐCS", null, lesson.version()));
    initiatives.propose(
        recognised.id(), new Proposal(RecognitionLevel.DISTRICT, today.minusDays(5)));
  }

  private InitiativeView submitNow(
      long unitId,
      String title,
      InitiativeField field,
      List<PersonView> authors,
      Long benefit,
      LocalDate submitted) {
    List<AuthorEntry> entries = new ArrayList<>();
    for (int i = 0; i < authors.size(); i++) {
      entries.add(
          new AuthorEntry(
              authors.get(i).id(),
              authors.size() == 1 ? null : new BigDecimal(i == 0 ? "70" : "30"),
              null));
    }
    return initiatives.submit(
        new InitiativeForm(
            unitId,
            null,
            title,
            "Mô tả giải pháp, cách làm và kết quả áp dụng thử tại đơn vị.",
            field,
            entries,
            null,
            submitted.minusDays(20),
            benefit,
            benefit == null ? "Giảm rủi ro, tiết kiệm thời gian" : null,
            submitted,
            true,
            null));
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }
}
