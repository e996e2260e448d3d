package vn.thidua.people.web;

import java.time.LocalDate;
import vn.thidua.people.Gender;
import vn.thidua.people.NewPerson;
import vn.thidua.people.PersonChanges;
import vn.thidua.people.PersonView;

/** The person form as the browser sends it. */
public class PersonForm {

  private Long unitId;
  private String fullName;
  private Gender gender;
  private Integer birthYear;
  private String jobTitle;
  private boolean member;
  private boolean directWorker;
  private LocalDate startedOn;
  private LocalDate leftOn;
  private int version;

  static PersonForm of(PersonView person) {
    PersonForm form = new PersonForm();
    form.unitId = person.unitId();
    form.fullName = person.fullName();
    form.gender = person.gender();
    form.birthYear = person.birthYear();
    form.jobTitle = person.jobTitle();
    form.member = person.member();
    form.directWorker = person.directWorker();
    form.startedOn = person.startedOn();
    form.leftOn = person.leftOn();
    form.version = person.version();
    return form;
  }

  NewPerson toNewPerson() {
    return new NewPerson(
        unitIdOrZero(), fullName, gender, birthYear, jobTitle, member, directWorker, startedOn);
  }

  PersonChanges toChanges() {
    return new PersonChanges(
        unitIdOrZero(),
        fullName,
        gender,
        birthYear,
        jobTitle,
        member,
        directWorker,
        startedOn,
        leftOn,
        version);
  }

  private long unitIdOrZero() {
    return unitId == null ? 0 : unitId;
  }

  public Long getUnitId() {
    return unitId;
  }

  public void setUnitId(Long unitId) {
    this.unitId = unitId;
  }

  public String getFullName() {
    return fullName;
  }

  public void setFullName(String fullName) {
    this.fullName = fullName;
  }

  public Gender getGender() {
    return gender;
  }

  public void setGender(Gender gender) {
    this.gender = gender;
  }

  public Integer getBirthYear() {
    return birthYear;
  }

  public void setBirthYear(Integer birthYear) {
    this.birthYear = birthYear;
  }

  public String getJobTitle() {
    return jobTitle;
  }

  public void setJobTitle(String jobTitle) {
    this.jobTitle = jobTitle;
  }

  public boolean isMember() {
    return member;
  }

  public void setMember(boolean member) {
    this.member = member;
  }

  public boolean isDirectWorker() {
    return directWorker;
  }

  public void setDirectWorker(boolean directWorker) {
    this.directWorker = directWorker;
  }

  public LocalDate getStartedOn() {
    return startedOn;
  }

  public void setStartedOn(LocalDate startedOn) {
    this.startedOn = startedOn;
  }

  public LocalDate getLeftOn() {
    return leftOn;
  }

  public void setLeftOn(LocalDate leftOn) {
    this.leftOn = leftOn;
  }

  public int getVersion() {
    return version;
  }

  public void setVersion(int version) {
    this.version = version;
  }
}
