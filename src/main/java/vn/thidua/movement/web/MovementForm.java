package vn.thidua.movement.web;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.movement.Direction;
import vn.thidua.movement.Measure;
import vn.thidua.movement.MovementDraft;
import vn.thidua.movement.MovementKind;

/**
 * What the movement form sends. Rows left blank are dropped, so the form can always offer an empty
 * row to fill; objectives are typed one a line, titles ticked in the honours catalogue.
 */
class MovementForm {

  private Long organiserId;
  private MovementKind kind = MovementKind.REGULAR;
  private String name;
  private String theme;
  private LocalDate startsOn;
  private LocalDate endsOn;
  private LocalDate registrationDeadline;
  private List<PhaseRow> phases = new ArrayList<>();
  private String objectives;
  private List<CriterionRow> criteria = new ArrayList<>();
  private List<String> titles = new ArrayList<>();
  private boolean wholeSubtree;
  private List<Long> sectorIds = new ArrayList<>();
  private List<Long> clusterIds = new ArrayList<>();
  private List<Long> unitIds = new ArrayList<>();
  private List<Long> pilotUnitIds = new ArrayList<>();
  private Map<Long, String> variants = new LinkedHashMap<>();
  private Integer version;

  static MovementForm blank(Long organiserId) {
    MovementForm form = new MovementForm();
    form.organiserId = organiserId;
    form.phases.add(new PhaseRow());
    form.criteria.add(new CriterionRow());
    return form;
  }

  static MovementForm of(MovementDraft draft) {
    MovementForm form = new MovementForm();
    form.organiserId = draft.organiserId();
    form.kind = draft.kind();
    form.name = draft.name();
    form.theme = draft.theme();
    form.startsOn = draft.startsOn();
    form.endsOn = draft.endsOn();
    form.registrationDeadline = draft.registrationDeadline();
    draft.phases().forEach(phase -> form.phases.add(PhaseRow.of(phase)));
    form.objectives = String.join("\n", draft.objectives());
    draft.criteria().forEach(criterion -> form.criteria.add(CriterionRow.of(criterion)));
    form.titles = new ArrayList<>(draft.titles());
    form.wholeSubtree = draft.participation().wholeSubtree();
    form.sectorIds = new ArrayList<>(draft.participation().sectorIds());
    form.clusterIds = new ArrayList<>(draft.participation().clusterIds());
    form.unitIds = new ArrayList<>(draft.participation().unitIds());
    form.pilotUnitIds = new ArrayList<>(draft.pilotUnitIds());
    draft
        .sectorVariants()
        .forEach(variant -> form.variants.put(variant.sectorId(), variant.name()));
    form.version = draft.version();
    return form;
  }

  MovementDraft toDraft() {
    return new MovementDraft(
        organiserId,
        kind,
        name,
        theme,
        startsOn,
        endsOn,
        registrationDeadline,
        phases.stream().filter(row -> !row.blank()).map(PhaseRow::toDraft).toList(),
        lines(objectives),
        criteria.stream().filter(row -> !row.blank()).map(CriterionRow::toDraft).toList(),
        titles,
        new MovementDraft.Participation(wholeSubtree, sectorIds, clusterIds, unitIds),
        pilotUnitIds,
        variants.entrySet().stream()
            .filter(entry -> entry.getValue() != null && !entry.getValue().isBlank())
            .map(entry -> new MovementDraft.SectorVariant(entry.getKey(), entry.getValue()))
            .toList(),
        version);
  }

  /** Handles the form's own buttons: add a row, remove one. Returns false for anything else. */
  boolean rearrange(String action) {
    if ("addPhase".equals(action)) {
      phases.add(new PhaseRow());
    } else if ("addCriterion".equals(action)) {
      criteria.add(new CriterionRow());
    } else if (action != null && action.startsWith("removePhase:")) {
      remove(phases, action);
    } else if (action != null && action.startsWith("removeCriterion:")) {
      remove(criteria, action);
    } else {
      return false;
    }
    return true;
  }

  private static void remove(List<?> rows, String action) {
    try {
      int index = Integer.parseInt(action.substring(action.indexOf(':') + 1));
      if (index >= 0 && index < rows.size()) {
        rows.remove(index);
      }
    } catch (NumberFormatException ignored) {
      // a tampered button value removes nothing
    }
  }

  private static List<String> lines(String text) {
    return text == null
        ? List.of()
        : Arrays.stream(text.split("\\R")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  static class PhaseRow {
    private String name;
    private String theme;
    private LocalDate startsOn;
    private LocalDate endsOn;

    static PhaseRow of(MovementDraft.PhaseDraft phase) {
      PhaseRow row = new PhaseRow();
      row.name = phase.name();
      row.theme = phase.theme();
      row.startsOn = phase.startsOn();
      row.endsOn = phase.endsOn();
      return row;
    }

    boolean blank() {
      return isBlank(name) && isBlank(theme) && startsOn == null && endsOn == null;
    }

    MovementDraft.PhaseDraft toDraft() {
      return new MovementDraft.PhaseDraft(name, theme, startsOn, endsOn);
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getTheme() {
      return theme;
    }

    public void setTheme(String theme) {
      this.theme = theme;
    }

    public LocalDate getStartsOn() {
      return startsOn;
    }

    public void setStartsOn(LocalDate startsOn) {
      this.startsOn = startsOn;
    }

    public LocalDate getEndsOn() {
      return endsOn;
    }

    public void setEndsOn(LocalDate endsOn) {
      this.endsOn = endsOn;
    }
  }

  static class CriterionRow {
    private String name;
    private String unitOfMeasure;
    private Measure measure = Measure.NUMERIC;
    private Direction direction = Direction.HIGHER;
    private BigDecimal target;
    private BigDecimal weight;

    static CriterionRow of(MovementDraft.CriterionDraft criterion) {
      CriterionRow row = new CriterionRow();
      row.name = criterion.name();
      row.unitOfMeasure = criterion.unitOfMeasure();
      row.measure = criterion.measure();
      row.direction = criterion.direction();
      row.target = criterion.target();
      row.weight = criterion.weight();
      return row;
    }

    boolean blank() {
      return isBlank(name) && isBlank(unitOfMeasure) && target == null && weight == null;
    }

    MovementDraft.CriterionDraft toDraft() {
      return new MovementDraft.CriterionDraft(
          name, unitOfMeasure, measure, direction, target, weight);
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public String getUnitOfMeasure() {
      return unitOfMeasure;
    }

    public void setUnitOfMeasure(String unitOfMeasure) {
      this.unitOfMeasure = unitOfMeasure;
    }

    public Measure getMeasure() {
      return measure;
    }

    public void setMeasure(Measure measure) {
      this.measure = measure;
    }

    public Direction getDirection() {
      return direction;
    }

    public void setDirection(Direction direction) {
      this.direction = direction;
    }

    public BigDecimal getTarget() {
      return target;
    }

    public void setTarget(BigDecimal target) {
      this.target = target;
    }

    public BigDecimal getWeight() {
      return weight;
    }

    public void setWeight(BigDecimal weight) {
      this.weight = weight;
    }
  }

  private static boolean isBlank(String text) {
    return text == null || text.isBlank();
  }

  public Long getOrganiserId() {
    return organiserId;
  }

  public void setOrganiserId(Long organiserId) {
    this.organiserId = organiserId;
  }

  public MovementKind getKind() {
    return kind;
  }

  public void setKind(MovementKind kind) {
    this.kind = kind;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getTheme() {
    return theme;
  }

  public void setTheme(String theme) {
    this.theme = theme;
  }

  public LocalDate getStartsOn() {
    return startsOn;
  }

  public void setStartsOn(LocalDate startsOn) {
    this.startsOn = startsOn;
  }

  public LocalDate getEndsOn() {
    return endsOn;
  }

  public void setEndsOn(LocalDate endsOn) {
    this.endsOn = endsOn;
  }

  public LocalDate getRegistrationDeadline() {
    return registrationDeadline;
  }

  public void setRegistrationDeadline(LocalDate registrationDeadline) {
    this.registrationDeadline = registrationDeadline;
  }

  public List<PhaseRow> getPhases() {
    return phases;
  }

  public void setPhases(List<PhaseRow> phases) {
    this.phases = phases;
  }

  public String getObjectives() {
    return objectives;
  }

  public void setObjectives(String objectives) {
    this.objectives = objectives;
  }

  public List<CriterionRow> getCriteria() {
    return criteria;
  }

  public void setCriteria(List<CriterionRow> criteria) {
    this.criteria = criteria;
  }

  public List<String> getTitles() {
    return titles;
  }

  public void setTitles(List<String> titles) {
    this.titles = titles == null ? new ArrayList<>() : titles;
  }

  public boolean isWholeSubtree() {
    return wholeSubtree;
  }

  public void setWholeSubtree(boolean wholeSubtree) {
    this.wholeSubtree = wholeSubtree;
  }

  public List<Long> getSectorIds() {
    return sectorIds;
  }

  public void setSectorIds(List<Long> sectorIds) {
    this.sectorIds = sectorIds;
  }

  public List<Long> getClusterIds() {
    return clusterIds;
  }

  public void setClusterIds(List<Long> clusterIds) {
    this.clusterIds = clusterIds;
  }

  public List<Long> getUnitIds() {
    return unitIds;
  }

  public void setUnitIds(List<Long> unitIds) {
    this.unitIds = unitIds;
  }

  public List<Long> getPilotUnitIds() {
    return pilotUnitIds;
  }

  public void setPilotUnitIds(List<Long> pilotUnitIds) {
    this.pilotUnitIds = pilotUnitIds;
  }

  public Map<Long, String> getVariants() {
    return variants;
  }

  public void setVariants(Map<Long, String> variants) {
    this.variants = variants;
  }

  public Integer getVersion() {
    return version;
  }

  public void setVersion(Integer version) {
    this.version = version;
  }
}
