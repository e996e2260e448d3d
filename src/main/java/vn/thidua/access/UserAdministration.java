package vn.thidua.access;

import java.util.List;
import java.util.Optional;
import vn.thidua.shared.security.Grant;
import vn.thidua.shared.web.Paged;

/**
 * User administration for holders of an ADMIN grant. An administrator at unit X manages the users
 * whose grants all lie within X's subtree, and grants roles only within it; other users are "not
 * found", so their existence is not disclosed.
 */
public interface UserAdministration {

  int PAGE_SIZE = 25;

  /** Users in scope whose full name or username contains the query, diacritics optional. */
  Paged<UserRow> search(String query, int page);

  ManagedUser get(long id);

  /** Creates a user; a blank password is replaced by a generated one, returned once. */
  CreatedUser create(NewUser user);

  ManagedUser update(long id, UserEdit edit);

  /** Replaces every grant of the user; the version is the one the administrator saw. */
  ManagedUser setGrants(long id, int version, List<Grant> grants);

  /**
   * Sets a new password and lifts any sign-in lock. A blank password is replaced by a generated
   * one, which is returned (once); a password the administrator typed is not echoed.
   */
  Optional<String> resetPassword(long id, String newPassword);

  /** Units in the administrator's subtree whose name contains the query, for choosing grants. */
  List<UnitOption> grantableUnits(String query);
}
