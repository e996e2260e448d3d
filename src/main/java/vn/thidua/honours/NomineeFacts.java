package vn.thidua.honours;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** What the rules read about a nominee and its units; the database answers, or a test's fake. */
interface NomineeFacts {

  /** The nominee's own honours of those years, revoked ones included. */
  List<HonourHeld> held(Candidate candidate, int fromYear, int toYear);

  Optional<LocalDate> startedOn(long personId);

  /** The initiatives recognised in the period: the person's, or the collective's subtree's. */
  List<InitiativeCredit> initiatives(Candidate candidate, LocalDate from, LocalDate to);

  /** How many in the unit's subtree hold the honour in the year (any grade when null). */
  long holdersInSubtree(long unitId, String honourCode, Integer grade, int year);

  /** How many people work in the unit's subtree. */
  long workersInSubtree(long unitId);

  /** How many the unit granted the honour and grade in the year. */
  long grantedBy(long grantingUnitId, String honourCode, int grade, int year);

  Optional<HonourView> honour(String code);
}
