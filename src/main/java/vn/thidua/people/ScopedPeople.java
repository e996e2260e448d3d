package vn.thidua.people;

import java.io.OutputStream;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.shared.events.EntityChanged;
import vn.thidua.shared.web.DomainException;

@Service
@Transactional(readOnly = true)
class ScopedPeople implements PeopleRegistry {

  /** Deeper pages are refused: an offset scan past this many rows slows the database for all. */
  static final int DEEPEST_ROW = 100_000;

  private final People people;
  private final PersonRepository repository;
  private final PersonQueries queries;
  private final PeopleExport export;
  private final OrgUnits units;
  private final ApplicationEventPublisher events;
  private final Today today;

  ScopedPeople(
      People people,
      PersonRepository repository,
      PersonQueries queries,
      PeopleExport export,
      OrgUnits units,
      ApplicationEventPublisher events,
      Today today) {
    this.people = people;
    this.repository = repository;
    this.queries = queries;
    this.export = export;
    this.units = units;
    this.events = events;
    this.today = today;
  }

  @Override
  public PersonPage search(PersonSearch search) {
    PersonFilter filter = filterFor(search);
    if (filter.scope().isEmpty()) {
      return new PersonPage(List.of(), search.page(), search.size(), 0, false, false);
    }
    if (search.offset() + search.size() > DEEPEST_ROW) {
      throw DomainException.invalid("people.page.tooDeep", DEEPEST_ROW);
    }
    List<PersonView> rows = queries.page(filter, search.size() + 1, search.offset());
    boolean hasNext = rows.size() > search.size();
    List<PersonView> items = hasNext ? rows.subList(0, search.size()) : rows;
    // A page that no other follows tells the total itself, without a count.
    boolean endIsInSight = !hasNext && (!items.isEmpty() || search.page() == 0);
    long counted =
        endIsInSight
            ? search.offset() + items.size()
            : queries.countUpTo(filter, PersonPage.COUNT_LIMIT + 1);
    boolean atLeast = counted > PersonPage.COUNT_LIMIT;
    return new PersonPage(
        items,
        search.page(),
        search.size(),
        atLeast ? PersonPage.COUNT_LIMIT : counted,
        atLeast,
        hasNext);
  }

  @Override
  public PersonView get(long personId) {
    return queries
        .find(personId)
        .filter(person -> units.canSee(person.unitId()))
        .orElseThrow(() -> DomainException.notFound("people.notFound", personId));
  }

  @Override
  @Transactional
  public PersonView create(NewPerson person) {
    units.requireChangeable(person.unitId());
    return queries.find(people.register(person)).orElseThrow();
  }

  @Override
  @Transactional
  public PersonView update(long personId, PersonChanges changes) {
    Person person = changeable(personId, changes.version());
    if (changes.unitId() != person.unitId()) {
      units.requireChangeable(changes.unitId());
    }
    today.rules().require(changes);
    PersonState before = person.state();
    person.change(changes);
    repository.saveAndFlush(person);
    events.publishEvent(
        EntityChanged.updated(
            PeopleService.ENTITY, personId, person.unitId(), before, person.state()));
    return queries.find(personId).orElseThrow();
  }

  @Override
  @Transactional
  public void delete(long personId, int version) {
    Person person = changeable(personId, version);
    PersonState before = person.state();
    repository.delete(person);
    repository.flush();
    events.publishEvent(
        EntityChanged.deleted(PeopleService.ENTITY, personId, person.unitId(), before));
  }

  @Override
  public void export(PersonSearch search, OutputStream out) {
    PersonFilter filter = filterFor(search);
    long count =
        filter.scope().isEmpty() ? 0 : queries.countUpTo(filter, PeopleRegistry.EXPORT_LIMIT + 1);
    if (count > PeopleRegistry.EXPORT_LIMIT) {
      throw DomainException.invalid("people.export.tooMany", PeopleRegistry.EXPORT_LIMIT);
    }
    UnitSummary unit = search.unitId() == null ? null : units.require(search.unitId());
    export.write(filter, unit, count, out);
  }

  /** Loads the person for a change: 404 out of sight, 403 for readers, 409 on a stale version. */
  private Person changeable(long personId, int version) {
    Person person =
        repository
            .findById(personId)
            .filter(found -> units.canSee(found.unitId()))
            .orElseThrow(() -> DomainException.notFound("people.notFound", personId));
    units.requireChangeable(person.unitId());
    if (person.version() != version) {
      throw DomainException.conflict("error.concurrentEdit");
    }
    return person;
  }

  private PersonFilter filterFor(PersonSearch search) {
    UnitScope scope =
        search.unitId() == null
            ? new UnitScope(units.visiblePaths())
            : UnitScope.subtree(units.requireVisible(search.unitId()).path());
    return new PersonFilter(scope, search.query(), search.includeLeft());
  }
}
