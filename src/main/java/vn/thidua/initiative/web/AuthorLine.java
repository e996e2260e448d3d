package vn.thidua.initiative.web;

/** One author row of the entry form, as typed, so that a refused form shows it again. */
record AuthorLine(long personId, String name, String share, String reason) {}
