package vn.thidua.honours;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.people.PeopleRegistry;
import vn.thidua.people.PersonView;
import vn.thidua.shared.web.DomainException;

@Service
@Transactional
class HistoryBook implements HonourHistory {

  private static final int LAST_YEAR = 2200;

  private final HonourBook book;
  private final HeldHonours held;
  private final PeopleRegistry people;
  private final OrgUnits units;

  HistoryBook(HonourBook book, HeldHonours held, PeopleRegistry people, OrgUnits units) {
    this.book = book;
    this.held = held;
    this.people = people;
    this.units = units;
  }

  @Override
  @Transactional(readOnly = true)
  public List<HonourHeld> ofPerson(long personId) {
    people.get(personId);
    return newestFirst(held.ofPerson(personId, HonourBook.FIRST_YEAR, LAST_YEAR));
  }

  @Override
  @Transactional(readOnly = true)
  public List<HonourHeld> ofCollective(long unitId) {
    units.requireVisible(unitId);
    return newestFirst(held.ofUnit(unitId, HonourBook.FIRST_YEAR, LAST_YEAR));
  }

  @Override
  public HonourHeld recordForPerson(long personId, HeldEntry entry) {
    PersonView person = people.get(personId);
    units.requireChangeable(person.unitId());
    requireComplete(entry);
    requireGrantedFromAbove(person.unitId(), entry.grantingUnitId());
    long id =
        book.record(
            new HonourAward(
                entry.honourCode(),
                gradeOf(entry),
                Recipient.INDIVIDUAL,
                personId,
                null,
                entry.year(),
                entry.grantingUnitId(),
                null));
    return held.get(id);
  }

  @Override
  public HonourHeld recordForCollective(long unitId, HeldEntry entry) {
    UnitSummary collective = units.requireChangeable(unitId);
    requireComplete(entry);
    requireGrantedFromAbove(collective.id(), entry.grantingUnitId());
    long id =
        book.record(
            new HonourAward(
                entry.honourCode(),
                gradeOf(entry),
                Recipient.COLLECTIVE,
                null,
                unitId,
                entry.year(),
                entry.grantingUnitId(),
                null));
    return held.get(id);
  }

  private static void requireComplete(HeldEntry entry) {
    if (entry == null || entry.honourCode() == null || entry.honourCode().isBlank()) {
      throw DomainException.invalid("honours.held.honourMissing");
    }
    if (entry.year() == null) {
      throw DomainException.invalid("honours.held.yearMissing");
    }
    if (entry.grantingUnitId() == null) {
      throw DomainException.invalid("honours.held.grantingUnitMissing");
    }
  }

  private static int gradeOf(HeldEntry entry) {
    return entry.grade() == null ? 1 : entry.grade();
  }

  /** Honours come from the holder's own unit or a unit above it. */
  private void requireGrantedFromAbove(long holderUnitId, long grantingUnitId) {
    if (units.find(grantingUnitId).isEmpty()) {
      throw DomainException.notFound("honours.grantingUnit.notFound", grantingUnitId);
    }
    if (!units.isWithin(holderUnitId, grantingUnitId)) {
      throw DomainException.invalid("honours.held.grantingUnitNotAbove");
    }
  }

  private static List<HonourHeld> newestFirst(List<HonourHeld> oldestFirst) {
    List<HonourHeld> list = new ArrayList<>(oldestFirst);
    Collections.reverse(list);
    return list;
  }
}
