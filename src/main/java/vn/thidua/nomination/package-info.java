/**
 * Nominations (đề nghị khen thưởng) and their selection: a unit proposes people and collectives for
 * an honour in a round (đợt xét) of the unit above it; the reviewing level checks the dossiers,
 * returns them for revision, puts them to its council's vote, approves or not, escalates the
 * approved upward and drafts the decision. Other modules use {@link
 * vn.thidua.nomination.Nominations}.
 */
@ApplicationModule(
    displayName = "Nominations",
    allowedDependencies = {
      "shared",
      "organisation",
      "people",
      "achievement",
      "movement",
      "honours",
      "decision",
      "attachment"
    })
package vn.thidua.nomination;

import org.springframework.modulith.ApplicationModule;
