package vn.thidua.people;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.text.Normalizer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.regex.Pattern;
import vn.thidua.shared.text.SearchText;

/**
 * A worker in a unit. The record is checked by {@link PersonRules} before it is made or changed.
 */
@Entity
@Table(name = "person")
class Person {

  private static final Pattern SPACES = Pattern.compile("\\s+");

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long unitId;
  private String fullName;
  private String searchName;
  private String sortKey;

  @Enumerated(EnumType.STRING)
  private Gender gender;

  private int birthYear;
  private String jobTitle;
  private boolean member;
  private boolean directWorker;
  private LocalDate startedOn;
  private LocalDate leftOn;
  @Version private int version;
  private Instant createdAt;

  protected Person() {}

  Person(NewPerson person, Instant now) {
    this.unitId = person.unitId();
    describe(person);
    this.startedOn = person.startedOn();
    this.createdAt = now;
  }

  void change(PersonChanges changes) {
    this.unitId = changes.unitId();
    describe(changes.asNewPerson());
    this.startedOn = changes.startedOn();
    this.leftOn = changes.leftOn();
  }

  private void describe(NewPerson person) {
    this.fullName = cleanName(person.fullName());
    this.searchName = SearchText.fold(fullName);
    this.sortKey = sortKeyOf(fullName);
    this.gender = person.gender();
    this.birthYear = person.birthYear();
    this.jobTitle = cleanText(person.jobTitle());
    this.member = person.member();
    this.directWorker = person.directWorker();
  }

  PersonState state() {
    return new PersonState(
        unitId, fullName, gender, birthYear, jobTitle, member, directWorker, startedOn, leftOn);
  }

  /**
   * Names arrive from keyboards and spreadsheets in both Unicode forms (composed "ễ" or "e" with
   * combining marks); they are kept composed, with single spaces.
   */
  static String cleanName(String name) {
    if (name == null) {
      return "";
    }
    return SPACES.matcher(Normalizer.normalize(name, Normalizer.Form.NFC)).replaceAll(" ").strip();
  }

  static String cleanText(String text) {
    String clean = cleanName(text);
    return clean.isEmpty() ? null : clean;
  }

  /** "Nguyễn Văn An" sorts as "an nguyen van an": Vietnamese lists go by the given name. */
  static String sortKeyOf(String fullName) {
    String folded = SearchText.fold(fullName);
    String given = folded.substring(folded.lastIndexOf(' ') + 1);
    return given + " " + folded;
  }

  Long id() {
    return id;
  }

  long unitId() {
    return unitId;
  }

  String fullName() {
    return fullName;
  }

  String searchName() {
    return searchName;
  }

  String sortKey() {
    return sortKey;
  }

  Gender gender() {
    return gender;
  }

  int birthYear() {
    return birthYear;
  }

  String jobTitle() {
    return jobTitle;
  }

  boolean member() {
    return member;
  }

  boolean directWorker() {
    return directWorker;
  }

  LocalDate startedOn() {
    return startedOn;
  }

  LocalDate leftOn() {
    return leftOn;
  }

  int version() {
    return version;
  }

  Instant createdAt() {
    return createdAt;
  }
}
