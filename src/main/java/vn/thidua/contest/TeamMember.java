package vn.thidua.contest;

import jakarta.persistence.Embeddable;

/** A worker in a team entry, with the name as it was when registered. */
@Embeddable
class TeamMember {

  private long personId;
  private String fullName;

  protected TeamMember() {}

  TeamMember(long personId, String fullName) {
    this.personId = personId;
    this.fullName = fullName;
  }

  long personId() {
    return personId;
  }

  String fullName() {
    return fullName;
  }
}
