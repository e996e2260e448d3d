package vn.thidua.access;

/** A user just created, with the generated password when the administrator left it blank. */
public record CreatedUser(ManagedUser user, String generatedPassword) {

  @Override
  public String toString() {
    return "CreatedUser[" + user + "]";
  }
}
