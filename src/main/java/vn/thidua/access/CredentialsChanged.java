package vn.thidua.access;

/**
 * A user's password, grants or enabled state changed in a way that their open sessions must not
 * outlive: a session keeps the grants it was signed in with.
 */
record CredentialsChanged(String username) {}
