package vn.thidua.movement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Drafts for tests: the 2023 two-phase movement, complete, and ways to take parts out of it. */
final class MovementDrafts {

  static final LocalDate START = LocalDate.of(2023, 1, 1);
  static final LocalDate END = LocalDate.of(2023, 12, 31);

  private MovementDrafts() {}

  static MovementDraft.PhaseDraft firstHalf() {
    return new MovementDraft.PhaseDraft(
        null,
        "Đoàn kết, sáng tạo, thi đua lập thành tích chào mừng Đại hội Công đoàn các cấp",
        START,
        LocalDate.of(2023, 6, 30));
  }

  static MovementDraft.PhaseDraft secondHalf() {
    return new MovementDraft.PhaseDraft(
        null,
        "Thi đua lao động giỏi, lao động sáng tạo, hoàn thành thắng lợi nhiệm vụ năm 2023",
        LocalDate.of(2023, 7, 1),
        END);
  }

  static MovementDraft.CriterionDraft initiatives(int weight) {
    return new MovementDraft.CriterionDraft(
        "Sáng kiến được công nhận",
        "sáng kiến",
        Measure.NUMERIC,
        Direction.HIGHER,
        BigDecimal.valueOf(10),
        BigDecimal.valueOf(weight));
  }

  static MovementDraft.CriterionDraft accidents(int weight) {
    return new MovementDraft.CriterionDraft(
        "Tai nạn lao động",
        "vụ",
        Measure.NUMERIC,
        Direction.LOWER,
        BigDecimal.ZERO,
        BigDecimal.valueOf(weight));
  }

  static MovementDraft.CriterionDraft agreementSigned(int weight) {
    return new MovementDraft.CriterionDraft(
        "Ký thỏa ước lao động tập thể",
        null,
        Measure.YES_NO,
        null,
        null,
        BigDecimal.valueOf(weight));
  }

  /** Organised by unit 7, for the whole subtree, with unit 42 as pilot. */
  static MovementDraft complete() {
    return new MovementDraft(
        7L,
        MovementKind.REGULAR,
        "Lao động giỏi, lao động sáng tạo năm 2023",
        "Thi đua lao động giỏi, lao động sáng tạo",
        START,
        END,
        LocalDate.of(2023, 1, 31),
        List.of(secondHalf(), firstHalf()),
        List.of("Nâng cao năng suất lao động", "Khuyến khích sáng kiến"),
        List.of(initiatives(50), accidents(30), agreementSigned(20)),
        List.of("LDG", "CSTDCS", "CDCS_HTXS"),
        new MovementDraft.Participation(true, null, null, null),
        List.of(42L),
        List.of(new MovementDraft.SectorVariant(3L, "Hai tốt")),
        0);
  }

  static MovementDraft withPeriod(MovementDraft d, LocalDate startsOn, LocalDate endsOn) {
    return new MovementDraft(
        d.organiserId(),
        d.kind(),
        d.name(),
        d.theme(),
        startsOn,
        endsOn,
        d.registrationDeadline(),
        d.phases(),
        d.objectives(),
        d.criteria(),
        d.titles(),
        d.participation(),
        d.pilotUnitIds(),
        d.sectorVariants(),
        d.version());
  }

  static MovementDraft withDeadline(MovementDraft d, LocalDate deadline) {
    return new MovementDraft(
        d.organiserId(),
        d.kind(),
        d.name(),
        d.theme(),
        d.startsOn(),
        d.endsOn(),
        deadline,
        d.phases(),
        d.objectives(),
        d.criteria(),
        d.titles(),
        d.participation(),
        d.pilotUnitIds(),
        d.sectorVariants(),
        d.version());
  }

  static MovementDraft withPhases(MovementDraft d, List<MovementDraft.PhaseDraft> phases) {
    return new MovementDraft(
        d.organiserId(),
        d.kind(),
        d.name(),
        d.theme(),
        d.startsOn(),
        d.endsOn(),
        d.registrationDeadline(),
        phases,
        d.objectives(),
        d.criteria(),
        d.titles(),
        d.participation(),
        d.pilotUnitIds(),
        d.sectorVariants(),
        d.version());
  }

  static MovementDraft withObjectives(MovementDraft d, List<String> objectives) {
    return new MovementDraft(
        d.organiserId(),
        d.kind(),
        d.name(),
        d.theme(),
        d.startsOn(),
        d.endsOn(),
        d.registrationDeadline(),
        d.phases(),
        objectives,
        d.criteria(),
        d.titles(),
        d.participation(),
        d.pilotUnitIds(),
        d.sectorVariants(),
        d.version());
  }

  static MovementDraft withCriteria(MovementDraft d, List<MovementDraft.CriterionDraft> criteria) {
    return new MovementDraft(
        d.organiserId(),
        d.kind(),
        d.name(),
        d.theme(),
        d.startsOn(),
        d.endsOn(),
        d.registrationDeadline(),
        d.phases(),
        d.objectives(),
        criteria,
        d.titles(),
        d.participation(),
        d.pilotUnitIds(),
        d.sectorVariants(),
        d.version());
  }
}
