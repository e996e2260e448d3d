package vn.thidua.initiative;

/** Who entered an initiative: a signed-in user (null id for work the system does). */
record Submitter(Long userId, String username) {}
