package vn.thidua.honours;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.people.People;
import vn.thidua.shared.events.EntityChanged;
import vn.thidua.shared.web.DomainException;

@Service
@Transactional
class RuleService implements RuleBook, Eligibility {

  static final String ENTITY = "HonourRule";

  private final RuleRows rows;
  private final HonourRepository honours;
  private final NationalAdministrators administrators;
  private final NomineeFacts facts;
  private final People people;
  private final OrgUnits units;
  private final ApplicationEventPublisher events;

  RuleService(
      RuleRows rows,
      HonourRepository honours,
      NationalAdministrators administrators,
      NomineeFacts facts,
      People people,
      OrgUnits units,
      ApplicationEventPublisher events) {
    this.rows = rows;
    this.honours = honours;
    this.administrators = administrators;
    this.facts = facts;
    this.people = people;
    this.units = units;
    this.events = events;
  }

  @Override
  @Transactional(readOnly = true)
  public List<HonourRuleView> rulesOf(String honourCode) {
    Honour honour = load(honourCode);
    return rows.ofHonour(honour.id()).stream().map(this::view).toList();
  }

  @Override
  @Transactional(readOnly = true)
  public HonourRuleView rule(String honourCode, long ruleId) {
    return view(loadRule(load(honourCode), ruleId));
  }

  @Override
  public HonourRuleView add(String honourCode, RuleForm form) {
    requireAdministrator();
    Honour honour = load(honourCode);
    if (form == null || form.kind() == null) {
      throw DomainException.invalid("honours.rule.kind.missing");
    }
    Map<String, Object> params = checked(honour.view(), form, form.kind());
    int position = form.position() == null ? rows.nextPosition(honour.id()) : form.position();
    long id = rows.insert(honour.id(), form, params, position);
    HonourRuleView created = view(rows.find(id).orElseThrow());
    events.publishEvent(EntityChanged.created(ENTITY, id, null, state(created)));
    return created;
  }

  @Override
  public HonourRuleView change(String honourCode, long ruleId, RuleForm form) {
    requireAdministrator();
    Honour honour = load(honourCode);
    RuleRows.Row row = loadRule(honour, ruleId);
    if (form == null || form.version() == null || form.version() != row.version()) {
      throw new ObjectOptimisticLockingFailureException(ENTITY, ruleId);
    }
    Map<String, Object> params = checked(honour.view(), form, row.kind());
    int position = form.position() == null ? row.position() : form.position();
    HonourRuleView before = view(row);
    if (!rows.update(ruleId, form, params, position)) {
      throw new ObjectOptimisticLockingFailureException(ENTITY, ruleId);
    }
    HonourRuleView after = view(rows.find(ruleId).orElseThrow());
    events.publishEvent(EntityChanged.updated(ENTITY, ruleId, null, state(before), state(after)));
    return after;
  }

  @Override
  @Transactional(readOnly = true)
  public List<RuleOutcome> check(NomineeCase nominee) {
    Candidate candidate = candidate(nominee);
    return rows.ofHonour(candidate.honour().id()).stream()
        .filter(RuleRows.Row::active)
        .filter(r -> r.grade() == null || r.grade() == nominee.grade())
        .filter(r -> r.recipient() == null || r.recipient() == nominee.recipient())
        .flatMap(
            r ->
                RuleFactory.build(r.kind(), r.params()).check(candidate, facts).stream()
                    .map(outcome -> outcome.as(r.severity())))
        .toList();
  }

  /** The nominee after the checks a user can act on: the honour, the grade, who is proposed. */
  private Candidate candidate(NomineeCase nominee) {
    HonourView honour =
        honours
            .findByCode(nominee.honourCode())
            .map(Honour::view)
            .orElseThrow(() -> DomainException.notFound("honours.notFound", nominee.honourCode()));
    HonourGrade grade = honour.grade(nominee.grade());
    if ((nominee.personId() == null) == (nominee.collectiveUnitId() == null)) {
      throw DomainException.invalid("honours.check.nomineeMissing");
    }
    if (!honour.allows(nominee.recipient())) {
      throw DomainException.invalid(
          "honours.recipient.notAllowed." + nominee.recipient().name(), honour.name());
    }
    if (nominee.personId() != null) {
      people
          .find(nominee.personId())
          .orElseThrow(
              () -> DomainException.notFound("honours.person.notFound", nominee.personId()));
    } else {
      units
          .find(nominee.collectiveUnitId())
          .orElseThrow(
              () -> DomainException.notFound("honours.unit.notFound", nominee.collectiveUnitId()));
    }
    return new Candidate(nominee, honour, grade);
  }

  /** The parameters the kind takes, after the kind's policy and the catalogue accept them. */
  private Map<String, Object> checked(HonourView honour, RuleForm form, RuleKind kind) {
    if (form.grade() != null) {
      honour.grade(form.grade());
    }
    if (form.recipient() != null && !honour.allows(form.recipient())) {
      throw DomainException.invalid(
          "honours.recipient.notAllowed." + form.recipient().name(), honour.name());
    }
    if (form.position() != null && (form.position() < 1 || form.position() > 1000)) {
      throw DomainException.invalid("honours.rule.position.range");
    }
    RuleParams params = RuleParams.of(kind, form.params());
    RuleFactory.build(kind, params.values());
    for (RuleParam param : kind.params()) {
      Object value = params.values().get(param.name());
      if (param.type() == RuleParam.Type.HONOUR
          && value != null
          && honours.findByCode(value.toString()).isEmpty()) {
        throw DomainException.invalid("honours.rule.param.honourUnknown", value);
      }
    }
    return params.values();
  }

  private HonourRuleView view(RuleRows.Row row) {
    RuleText text = RuleFactory.build(row.kind(), row.params()).describe(this::nameOf);
    return new HonourRuleView(
        row.id(),
        row.honourCode(),
        row.grade(),
        row.recipient(),
        row.kind(),
        row.params(),
        row.position(),
        row.active(),
        row.severity(),
        row.version(),
        text);
  }

  private String nameOf(String code, Integer grade) {
    return honours
        .findByCode(code)
        .map(Honour::view)
        .map(
            h ->
                grade == null || !h.hasGrades()
                    ? h.name()
                    : h.grades().stream()
                        .filter(g -> g.grade() == grade)
                        .map(HonourGrade::name)
                        .findFirst()
                        .orElse(h.name()))
        .orElse(code);
  }

  private static Map<String, Object> state(HonourRuleView rule) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("honourCode", rule.honourCode());
    state.put("grade", rule.grade());
    state.put("recipient", rule.recipient());
    state.put("kind", rule.kind());
    state.put("params", rule.params());
    state.put("position", rule.position());
    state.put("active", rule.active());
    state.put("severity", rule.severity());
    return state;
  }

  private void requireAdministrator() {
    if (!administrators.includeSignedInUser()) {
      throw DomainException.forbidden("honours.nationalAdminOnly");
    }
  }

  private Honour load(String code) {
    return honours
        .findByCode(code)
        .orElseThrow(() -> DomainException.notFound("honours.notFound", code));
  }

  private RuleRows.Row loadRule(Honour honour, long ruleId) {
    return rows.find(ruleId)
        .filter(r -> r.honourId() == honour.id())
        .orElseThrow(() -> DomainException.notFound("honours.rule.notFound", ruleId));
  }
}
