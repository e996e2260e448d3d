package vn.thidua.nomination;

/** A person or a collective (a unit), with the name shown on the dossier. */
record Nominee(NomineeKind kind, Long personId, Long unitId, String name) {

  static Nominee person(long personId, String name) {
    return new Nominee(NomineeKind.INDIVIDUAL, personId, null, name);
  }

  static Nominee collective(long unitId, String name) {
    return new Nominee(NomineeKind.COLLECTIVE, null, unitId, name);
  }
}
