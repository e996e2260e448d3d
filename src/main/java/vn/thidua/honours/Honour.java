package vn.thidua.honours;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** A title or an award form of the catalogue, with its grades. */
@Entity
@Table(name = "honour")
class Honour {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Enumerated(EnumType.STRING)
  private HonourKind kind;

  private String code;
  private String name;
  private String nameEn;
  private boolean forIndividuals;
  private boolean forCollectives;

  @Enumerated(EnumType.STRING)
  private Scope scope;

  private String theme;
  private BigDecimal prizeMultiple;
  private boolean active;
  @Version private int version;

  @ElementCollection
  @CollectionTable(name = "honour_grade", joinColumns = @JoinColumn(name = "honour_id"))
  @OrderBy("number")
  private List<Grade> grades = new ArrayList<>();

  protected Honour() {}

  Honour(HonourKind kind, String code) {
    this.kind = kind;
    this.code = code;
    this.active = true;
  }

  /** Sets everything an administrator edits, from a form {@link CatalogueChecks} has checked. */
  void define(HonourForm form) {
    name = form.name().strip();
    nameEn = form.nameEn() == null || form.nameEn().isBlank() ? null : form.nameEn().strip();
    forIndividuals = form.recipients().contains(Recipient.INDIVIDUAL);
    forCollectives = form.recipients().contains(Recipient.COLLECTIVE);
    scope = form.scope();
    theme = scope == Scope.THEMATIC ? form.theme().strip() : null;
    prizeMultiple = form.prizeMultiple();
    active = form.active() == null || form.active();
    List<Grade> wanted =
        form.grades().stream()
            .map(g -> new Grade(g.grade(), g.name().strip(), g.grantingLevelCode()))
            .toList();
    grades.clear();
    grades.addAll(wanted);
  }

  HonourView view() {
    Set<Recipient> recipients = EnumSet.noneOf(Recipient.class);
    if (forIndividuals) {
      recipients.add(Recipient.INDIVIDUAL);
    }
    if (forCollectives) {
      recipients.add(Recipient.COLLECTIVE);
    }
    return new HonourView(
        id,
        code,
        name,
        kind,
        recipients,
        scope,
        theme,
        prizeMultiple,
        grades.stream().map(Grade::view).toList(),
        active,
        version);
  }

  Long id() {
    return id;
  }

  String code() {
    return code;
  }

  HonourKind kind() {
    return kind;
  }

  String nameEn() {
    return nameEn;
  }

  int version() {
    return version;
  }

  boolean active() {
    return active;
  }
}
