package vn.thidua.people;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.shared.events.EntityChanged;

@Service
@Transactional
class PeopleService implements People {

  static final String ENTITY = "Person";

  private final PersonRepository repository;
  private final PersonQueries queries;
  private final BulkInsert bulk;
  private final OrgUnits units;
  private final ApplicationEventPublisher events;
  private final Today today;

  PeopleService(
      PersonRepository repository,
      PersonQueries queries,
      BulkInsert bulk,
      OrgUnits units,
      ApplicationEventPublisher events,
      Today today) {
    this.repository = repository;
    this.queries = queries;
    this.bulk = bulk;
    this.units = units;
    this.events = events;
    this.today = today;
  }

  @Override
  public long register(NewPerson person) {
    today.rules().require(person);
    requireUnitsExist(Set.of(person.unitId()));
    Person saved = repository.save(new Person(person, today.now()));
    events.publishEvent(EntityChanged.created(ENTITY, saved.id(), saved.unitId(), saved.state()));
    return saved.id();
  }

  @Override
  public int registerAll(List<NewPerson> people) {
    PersonRules rules = today.rules();
    people.forEach(rules::require);
    requireUnitsExist(people.stream().map(NewPerson::unitId).collect(Collectors.toSet()));
    Instant now = today.now();
    List<Person> records = new ArrayList<>(people.size());
    for (NewPerson person : people) {
      records.add(new Person(person, now));
    }
    List<Long> ids = bulk.insert(records);
    for (int i = 0; i < records.size(); i++) {
      Person record = records.get(i);
      events.publishEvent(
          EntityChanged.created(ENTITY, ids.get(i), record.unitId(), record.state()));
    }
    return ids.size();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<PersonView> find(long personId) {
    return queries.find(personId);
  }

  @Override
  @Transactional(readOnly = true)
  public long countInSubtree(long unitId) {
    return units.find(unitId).map(unit -> queries.countWorkingUnder(unit.path())).orElse(0L);
  }

  private void requireUnitsExist(Set<Long> unitIds) {
    Set<Long> found =
        units.findAll(unitIds).stream().map(UnitSummary::id).collect(Collectors.toSet());
    for (Long unitId : unitIds) {
      if (!found.contains(unitId)) {
        throw new InvalidPerson(List.of(FieldProblem.of("unitId", "people.unit.unknown", unitId)));
      }
    }
  }
}
