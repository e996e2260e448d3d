package vn.thidua.testing;

import vn.thidua.shared.security.Role;

/** A user made in the database for a browser test, with the password to type into the form. */
public record TestAccount(
    long id, String username, String password, String fullName, Role role, long unitId) {}
