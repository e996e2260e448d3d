package vn.thidua.initiative;

import java.time.LocalDate;

/** An initiative of the same unit whose title is very close to one being entered. */
public record SimilarInitiative(long id, String title, LocalDate submittedOn, double similarity) {}
