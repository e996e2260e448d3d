package vn.thidua.honours;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The facts a rule reads, held in memory, with the seeded catalogue's honours. */
class FakeFacts implements NomineeFacts {

  static final long PERSON = 7;
  static final long FACTORY = 42;
  static final long DISTRICT = 4;

  final List<HonourHeld> held = new ArrayList<>();
  final List<InitiativeCredit> initiatives = new ArrayList<>();
  final Map<String, Long> holders = new HashMap<>();
  final Map<String, Long> granted = new HashMap<>();
  long workers;
  LocalDate startedOn = LocalDate.of(2010, 1, 1);

  static final Map<String, HonourView> CATALOGUE =
      Map.of(
          "LDTT", title("LDTT", "Lao động tiên tiến", Recipient.INDIVIDUAL),
          "CSTDCS", title("CSTDCS", "Chiến sĩ thi đua cơ sở", Recipient.INDIVIDUAL),
          "TTLDXS", title("TTLDXS", "Tập thể lao động xuất sắc", Recipient.COLLECTIVE),
          "CNG",
              new HonourView(
                  5,
                  "CNG",
                  "Công nhân giỏi",
                  HonourKind.TITLE,
                  Set.of(Recipient.INDIVIDUAL),
                  Scope.COMPREHENSIVE,
                  null,
                  null,
                  List.of(
                      new HonourGrade(1, "Công nhân giỏi cấp cơ sở", "GRASSROOTS"),
                      new HonourGrade(2, "Công nhân giỏi cấp quận", "DISTRICT"),
                      new HonourGrade(3, "Công nhân giỏi Thủ đô", "PROVINCE")),
                  true,
                  0),
          "BK_TLD", award("BK_TLD", "Bằng khen của Tổng Liên đoàn", Scope.COMPREHENSIVE, null),
          "BK_TLD_GVNDVN",
              award(
                  "BK_TLD_GVNDVN",
                  "Bằng khen chuyên đề Giỏi việc nước, đảm việc nhà",
                  Scope.THEMATIC,
                  "Giỏi việc nước, đảm việc nhà"));

  static HonourView title(String code, String name, Recipient recipient) {
    return new HonourView(
        code.hashCode(),
        code,
        name,
        HonourKind.TITLE,
        Set.of(recipient),
        Scope.COMPREHENSIVE,
        null,
        BigDecimal.ONE,
        List.of(new HonourGrade(1, name, "GRASSROOTS")),
        true,
        0);
  }

  static HonourView award(String code, String name, Scope scope, String theme) {
    return new HonourView(
        code.hashCode(),
        code,
        name,
        HonourKind.AWARD,
        EnumSet.allOf(Recipient.class),
        scope,
        theme,
        BigDecimal.ONE,
        List.of(new HonourGrade(1, name, "NATIONAL")),
        true,
        0);
  }

  /** A person nominated for the honour and grade in the year, proposed by the factory. */
  static Candidate aPerson(String code, int grade, int year, RoundContext round) {
    return candidate(code, grade, PERSON, null, year, CollectiveFacts.UNDECLARED, Set.of(), round);
  }

  static Candidate aCollective(String code, int year, CollectiveFacts facts) {
    return candidate(code, 1, null, FACTORY, year, facts, Set.of(), RoundContext.NONE);
  }

  static Candidate candidate(
      String code,
      int grade,
      Long person,
      Long unit,
      int year,
      CollectiveFacts facts,
      Set<String> achievements,
      RoundContext round) {
    HonourView honour = CATALOGUE.get(code);
    return new Candidate(
        new NomineeCase(
            code, grade, person, unit, year, FACTORY, DISTRICT, facts, achievements, round),
        honour,
        honour.grade(grade));
  }

  FakeFacts holds(String code, int grade, int year) {
    return holds(code, grade, year, FACTORY, null);
  }

  FakeFacts holds(String code, int grade, int year, long grantingUnit, Long decision) {
    held.add(
        new HonourHeld(
            held.size() + 1,
            code,
            grade,
            CATALOGUE.get(code).grade(grade).name(),
            Recipient.INDIVIDUAL,
            PERSON,
            null,
            year,
            grantingUnit,
            decision,
            false));
    return this;
  }

  FakeFacts holders(String code, Integer grade, int year, long count) {
    holders.put(code + "/" + grade + "/" + year, count);
    return this;
  }

  @Override
  public List<HonourHeld> held(Candidate candidate, int fromYear, int toYear) {
    return held.stream().filter(h -> h.year() >= fromYear && h.year() <= toYear).toList();
  }

  @Override
  public Optional<LocalDate> startedOn(long personId) {
    return Optional.ofNullable(startedOn);
  }

  @Override
  public List<InitiativeCredit> initiatives(Candidate candidate, LocalDate from, LocalDate to) {
    return initiatives;
  }

  @Override
  public long holdersInSubtree(long unitId, String honourCode, Integer grade, int year) {
    return holders.getOrDefault(honourCode + "/" + grade + "/" + year, 0L);
  }

  @Override
  public long workersInSubtree(long unitId) {
    return workers;
  }

  @Override
  public long grantedBy(long grantingUnitId, String honourCode, int grade, int year) {
    return granted.getOrDefault(honourCode + "/" + grade + "/" + year, 0L);
  }

  @Override
  public Optional<HonourView> honour(String code) {
    return Optional.ofNullable(CATALOGUE.get(code));
  }
}
