package vn.thidua.honours;

import java.text.Collator;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.people.People;
import vn.thidua.people.PersonView;
import vn.thidua.shared.events.EntityChanged;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.time.Dates;
import vn.thidua.shared.web.DomainException;

@Service
@Transactional
class HonourBook implements Honours {

  static final String HELD = "HonourHeld";
  static final int FIRST_YEAR = 1945;

  private static final Clock VIETNAM = Clock.system(Dates.VIETNAM);

  private final HonourRepository honours;
  private final HeldHonours held;
  private final People people;
  private final OrgUnits units;
  private final ApplicationEventPublisher events;

  HonourBook(
      HonourRepository honours,
      HeldHonours held,
      People people,
      OrgUnits units,
      ApplicationEventPublisher events) {
    this.honours = honours;
    this.held = held;
    this.people = people;
    this.units = units;
    this.events = events;
  }

  /** Titles before awards, then by name in Vietnamese alphabetical order. */
  static Comparator<HonourView> catalogueOrder() {
    Collator vietnamese = Collator.getInstance(Locale.forLanguageTag("vi"));
    return Comparator.comparing((HonourView h) -> h.kind() == HonourKind.AWARD)
        .thenComparing(HonourView::name, vietnamese)
        .thenComparing(HonourView::code);
  }

  @Override
  @Transactional(readOnly = true)
  public List<HonourView> catalogue() {
    return honours.findByActiveTrue().stream().map(Honour::view).sorted(catalogueOrder()).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<HonourView> find(String code) {
    return code == null ? Optional.empty() : honours.findByCode(code).map(Honour::view);
  }

  @Override
  @Transactional(readOnly = true)
  public HonourView require(String code) {
    return find(code).orElseThrow(() -> DomainException.notFound("honours.notFound", code));
  }

  @Override
  @Transactional(readOnly = true)
  public List<HonourHeld> heldByPerson(long personId, int fromYear, int toYear) {
    return held.ofPerson(personId, fromYear, toYear);
  }

  @Override
  @Transactional(readOnly = true)
  public List<HonourHeld> heldByUnit(long unitId, int fromYear, int toYear) {
    return held.ofUnit(unitId, fromYear, toYear);
  }

  @Override
  public void recordAwarded(List<HonourAward> awards) {
    for (HonourAward award : awards) {
      record(award);
    }
  }

  /** Records one honour after checking it, and returns its id. */
  long record(HonourAward award) {
    Honour honour =
        honours
            .findByCode(award.honourCode())
            .orElseThrow(() -> DomainException.notFound("honours.notFound", award.honourCode()));
    HonourView view = honour.view();
    view.grade(award.grade());
    long holderUnitId = holderUnit(view, award);
    int lastYear = LocalDate.now(VIETNAM).getYear() + 1;
    if (award.year() < FIRST_YEAR || award.year() > lastYear) {
      throw DomainException.invalid("honours.year.outOfRange", FIRST_YEAR, lastYear);
    }
    if (units.find(award.grantingUnitId()).isEmpty()) {
      throw DomainException.notFound("honours.grantingUnit.notFound", award.grantingUnitId());
    }
    if (held.alreadyHeld(honour.id(), honour.kind(), award)) {
      throw DomainException.conflict(
          "honours.held.duplicate", view.grade(award.grade()).name(), award.year());
    }
    long id = held.insert(honour.id(), award, holderUnitId, CurrentUser.name());
    events.publishEvent(EntityChanged.created(HELD, id, holderUnitId, state(award)));
    return id;
  }

  /** The unit the holder belongs to, after checking the recipient suits the honour. */
  private long holderUnit(HonourView honour, HonourAward award) {
    if (award.recipient() == null) {
      throw DomainException.invalid("honours.recipient.missing");
    }
    if (!honour.allows(award.recipient())) {
      throw DomainException.invalid(
          "honours.recipient.notAllowed." + award.recipient().name(), honour.name());
    }
    if (award.recipient() == Recipient.INDIVIDUAL) {
      if (award.personId() == null || award.collectiveUnitId() != null) {
        throw DomainException.invalid("honours.held.personMissing");
      }
      return people
          .find(award.personId())
          .map(PersonView::unitId)
          .orElseThrow(() -> DomainException.notFound("honours.person.notFound", award.personId()));
    }
    if (award.collectiveUnitId() == null || award.personId() != null) {
      throw DomainException.invalid("honours.held.unitMissing");
    }
    return units
        .find(award.collectiveUnitId())
        .orElseThrow(
            () -> DomainException.notFound("honours.unit.notFound", award.collectiveUnitId()))
        .id();
  }

  private static Map<String, Object> state(HonourAward award) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("honourCode", award.honourCode());
    state.put("grade", award.grade());
    state.put("recipient", award.recipient());
    state.put("personId", award.personId());
    state.put("unitId", award.collectiveUnitId());
    state.put("year", award.year());
    state.put("grantingUnitId", award.grantingUnitId());
    state.put("decisionId", award.decisionId());
    return state;
  }

  @Override
  public void revokeDecision(long decisionId) {
    for (Map<String, Object> row : held.revoke(decisionId)) {
      Object id = row.get("id");
      Long holderUnit = ((Number) row.get("holder_unit_id")).longValue();
      events.publishEvent(
          EntityChanged.action(
              HELD,
              id,
              "REVOKE",
              holderUnit,
              Map.of("decisionId", decisionId, "revoked", false),
              Map.of("decisionId", decisionId, "revoked", true)));
    }
  }
}
