package vn.thidua.access;

import java.util.Optional;

/** The access module's facade for other modules: creating and reading user accounts. */
public interface Accounts {

  /**
   * Creates a user with the given grants, without checking who asks (for start-up and data loading;
   * administrators use {@link UserAdministration}). Refuses an invalid or taken username, a weak
   * password and an empty list of grants.
   *
   * @return the new user's id
   */
  long createUser(NewUser user);

  boolean anyUserExists();

  Optional<UserView> find(long id);

  /** The signed-in user changes their own password; the current one must be given. */
  void changeOwnPassword(String currentPassword, String newPassword);
}
