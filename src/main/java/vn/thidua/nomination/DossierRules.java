package vn.thidua.nomination;

import java.time.Instant;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.people.People;
import vn.thidua.people.PersonView;
import vn.thidua.shared.web.DomainException;

/**
 * Checks a nomination before it is drafted: the proposing unit stands below the reviewing unit, the
 * nominee belongs to the proposing unit's subtree, the round selects the honour and the honour
 * suits the nominee, the unit's quota is not full and the nominee is not already proposed.
 */
@Component
class DossierRules {

  static final int MAX_RANKING = 500;

  private final OrgUnits units;
  private final People people;
  private final NominationQueries queries;
  private final CitedAchievements cited;
  private final HonourCheck honours;

  DossierRules(
      OrgUnits units,
      People people,
      NominationQueries queries,
      CitedAchievements cited,
      HonourCheck honours) {
    this.units = units;
    this.people = people;
    this.queries = queries;
    this.cited = cited;
    this.honours = honours;
  }

  Nomination draft(Round round, UnitSummary proposer, NominationForm form, String by) {
    if (proposer.id() == round.unitId() || !units.isWithin(proposer.id(), round.unitId())) {
      throw DomainException.invalid("nomination.proposer.outside", proposer.name());
    }
    Nominee nominee = nominee(form, proposer);
    HonourRef honour = honour(round, form.honourCode(), form.grade());
    honours.requireSuits(honour, nominee.kind());
    requireRoom(round, proposer, honour, nominee);
    Dossier dossier = dossier(form, cited.of(nominee, round));
    return Nomination.draft(
        round.id(), proposer.id(), proposer.path(), nominee, honour, dossier, by, Instant.now());
  }

  /**
   * The nomination the reviewing unit proposes to the round above: the next grade of the honour
   * where that round selects it, else the same grade.
   */
  Nomination escalate(Nomination lower, Round upper, UnitSummary reviewer, String by) {
    HonourRef same = lower.honour();
    HonourRef next = new HonourRef(same.code(), same.grade() + 1);
    HonourRef honour;
    if (upper.selects(next)) {
      honour = next;
    } else if (upper.selects(same)) {
      honour = same;
    } else {
      throw DomainException.invalid("nomination.honour.notInRound", same.code(), next.grade());
    }
    requireRoom(upper, reviewer, honour, lower.nominee());
    return Nomination.escalated(
        lower, upper.id(), reviewer.id(), reviewer.path(), honour, by, Instant.now());
  }

  Dossier dossier(NominationForm form, List<String> citedLines) {
    String achievements = form.achievements() == null ? "" : form.achievements().strip();
    if (achievements.isEmpty() || achievements.length() > Dossier.MAX_TEXT) {
      throw DomainException.invalid("nomination.achievements", Dossier.MAX_TEXT);
    }
    String facts = blankToNull(form.declaredFacts());
    if (facts != null && facts.length() > Dossier.MAX_TEXT) {
      throw DomainException.invalid("nomination.facts", Dossier.MAX_TEXT);
    }
    String ranking = blankToNull(form.movementRanking());
    if (ranking != null && ranking.length() > MAX_RANKING) {
      throw DomainException.invalid("nomination.ranking", MAX_RANKING);
    }
    return new Dossier(achievements, facts, ranking, citedLines);
  }

  private Nominee nominee(NominationForm form, UnitSummary proposer) {
    if (form.recipient() == null) {
      throw DomainException.invalid("nomination.nominee.kind");
    }
    if (form.recipient() == NomineeKind.INDIVIDUAL) {
      if (form.personId() == null) {
        throw DomainException.invalid("nomination.nominee.missing");
      }
      PersonView person =
          people
              .find(form.personId())
              .orElseThrow(
                  () -> DomainException.invalid("nomination.nominee.unknown", form.personId()));
      if (!units.isWithin(person.unitId(), proposer.id())) {
        throw DomainException.invalid(
            "nomination.nominee.outside", person.fullName(), proposer.name());
      }
      return Nominee.person(person.id(), person.fullName());
    }
    if (form.collectiveUnitId() == null) {
      throw DomainException.invalid("nomination.nominee.missing");
    }
    UnitSummary collective =
        units
            .find(form.collectiveUnitId())
            .orElseThrow(
                () ->
                    DomainException.invalid("nomination.nominee.unknown", form.collectiveUnitId()));
    if (!units.isWithin(collective.id(), proposer.id())) {
      throw DomainException.invalid(
          "nomination.nominee.outside", collective.name(), proposer.name());
    }
    return Nominee.collective(collective.id(), collective.name());
  }

  private static HonourRef honour(Round round, String code, Integer grade) {
    if (code == null || code.isBlank()) {
      throw DomainException.invalid("nomination.honour.missing");
    }
    HonourRef wanted = new HonourRef(code, grade == null ? 0 : grade);
    if (round.honours().stream().noneMatch(h -> h.code().equals(wanted.code()))) {
      throw DomainException.invalid("nomination.honour.codeNotInRound", wanted.code());
    }
    if (grade == null) {
      return round
          .honourFor(wanted.code())
          .orElseThrow(() -> DomainException.invalid("nomination.honour.grade", wanted.code()));
    }
    if (!round.selects(wanted)) {
      throw DomainException.invalid("nomination.honour.notInRound", wanted.code(), grade);
    }
    return wanted;
  }

  private void requireRoom(Round round, UnitSummary proposer, HonourRef honour, Nominee nominee) {
    Integer quota = round.quotaOf(proposer.id()).orElse(null);
    if (quota != null && queries.countFrom(round.id(), proposer.path()) >= quota) {
      throw DomainException.invalid("nomination.quota.full", proposer.name(), quota);
    }
    if (queries.alreadyNominated(round.id(), honour, nominee)) {
      throw DomainException.conflict("nomination.duplicate", nominee.name(), honour.code());
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
