package vn.thidua.movement.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import vn.thidua.movement.RegistrationDraft;

/** What the registration form sends; person rows left blank are dropped. */
class RegistrationForm {

  private Map<Long, BigDecimal> targets = new LinkedHashMap<>();
  private List<String> titles = new ArrayList<>();
  private List<PersonRow> people = new ArrayList<>();
  private String note;
  private Integer version;
  private List<Long> addPersonIds = new ArrayList<>();
  private String addTitle;

  static RegistrationForm of(RegistrationDraft draft) {
    RegistrationForm form = new RegistrationForm();
    draft.targets().forEach(pledge -> form.targets.put(pledge.criterionId(), pledge.target()));
    form.titles = new ArrayList<>(draft.titles());
    draft.people().forEach(person -> form.people.add(PersonRow.of(person)));
    form.note = draft.note();
    form.version = draft.version();
    return form;
  }

  RegistrationDraft toDraft(Long unitId) {
    return new RegistrationDraft(
        unitId,
        targets.entrySet().stream()
            .map(entry -> new RegistrationDraft.TargetPledge(entry.getKey(), entry.getValue()))
            .toList(),
        titles,
        people.stream()
            .filter(row -> !row.blank())
            .map(
                row ->
                    new RegistrationDraft.PersonPledge(row.personId, row.fullName, row.titleCode))
            .toList(),
        note,
        version);
  }

  /**
   * Handles the form's own buttons: add the people ticked in the search (with the title chosen for
   * them), remove one. Returns false for anything else.
   */
  boolean rearrange(String action, Function<Long, String> nameOf) {
    if ("addPeople".equals(action)) {
      for (Long personId : addPersonIds) {
        boolean listed = people.stream().anyMatch(row -> personId.equals(row.personId));
        if (!listed) {
          PersonRow row = new PersonRow();
          row.personId = personId;
          row.fullName = nameOf.apply(personId);
          row.titleCode = addTitle;
          people.add(row);
        }
      }
      addPersonIds = new ArrayList<>();
      return true;
    }
    if (action != null && action.startsWith("removePerson:")) {
      try {
        int index = Integer.parseInt(action.substring(action.indexOf(':') + 1));
        if (index >= 0 && index < people.size()) {
          people.remove(index);
        }
      } catch (NumberFormatException ignored) {
        // a tampered button value removes nothing
      }
      return true;
    }
    return false;
  }

  static class PersonRow {
    private Long personId;
    private String fullName;
    private String titleCode;

    static PersonRow of(RegistrationDraft.PersonPledge pledge) {
      PersonRow row = new PersonRow();
      row.personId = pledge.personId();
      row.fullName = pledge.fullName();
      row.titleCode = pledge.titleCode();
      return row;
    }

    boolean blank() {
      return personId == null && (fullName == null || fullName.isBlank());
    }

    public Long getPersonId() {
      return personId;
    }

    public void setPersonId(Long personId) {
      this.personId = personId;
    }

    public String getFullName() {
      return fullName;
    }

    public void setFullName(String fullName) {
      this.fullName = fullName;
    }

    public String getTitleCode() {
      return titleCode;
    }

    public void setTitleCode(String titleCode) {
      this.titleCode = titleCode;
    }
  }

  public Map<Long, BigDecimal> getTargets() {
    return targets;
  }

  public void setTargets(Map<Long, BigDecimal> targets) {
    this.targets = targets;
  }

  public List<String> getTitles() {
    return titles;
  }

  public void setTitles(List<String> titles) {
    this.titles = titles;
  }

  public List<PersonRow> getPeople() {
    return people;
  }

  public void setPeople(List<PersonRow> people) {
    this.people = people;
  }

  public String getNote() {
    return note;
  }

  public void setNote(String note) {
    this.note = note;
  }

  public List<Long> getAddPersonIds() {
    return addPersonIds;
  }

  public void setAddPersonIds(List<Long> addPersonIds) {
    this.addPersonIds = addPersonIds;
  }

  public String getAddTitle() {
    return addTitle;
  }

  public void setAddTitle(String addTitle) {
    this.addTitle = addTitle;
  }

  public Integer getVersion() {
    return version;
  }

  public void setVersion(Integer version) {
    this.version = version;
  }
}
