package vn.thidua.access;

/** The editable details of a user, with the version the administrator saw. */
public record UserEdit(String fullName, String email, boolean enabled, int version) {}
