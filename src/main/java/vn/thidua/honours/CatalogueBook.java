package vn.thidua.honours;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organisation.Catalogue;
import vn.thidua.shared.events.EntityChanged;
import vn.thidua.shared.web.DomainException;

@Service
@Transactional
class CatalogueBook implements HonourCatalogue {

  static final String ENTITY = "Honour";

  private final HonourRepository honours;
  private final Catalogue levels;
  private final NationalAdministrators administrators;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  CatalogueBook(
      HonourRepository honours,
      Catalogue levels,
      NationalAdministrators administrators,
      JdbcClient jdbc,
      ApplicationEventPublisher events) {
    this.honours = honours;
    this.levels = levels;
    this.administrators = administrators;
    this.jdbc = jdbc;
    this.events = events;
  }

  @Override
  @Transactional(readOnly = true)
  public List<HonourView> all() {
    return honours.findAll().stream()
        .map(Honour::view)
        .sorted(HonourBook.catalogueOrder())
        .toList();
  }

  @Override
  @Transactional(readOnly = true)
  public HonourView get(String code) {
    return load(code).view();
  }

  @Override
  @Transactional(readOnly = true)
  public boolean canEdit() {
    return administrators.includeSignedInUser();
  }

  @Override
  public HonourView create(HonourForm form) {
    requireAdministrator();
    rules().requireNew(form);
    if (honours.findByCode(form.code()).isPresent()) {
      throw DomainException.conflict("honours.code.duplicate", form.code());
    }
    Honour honour = new Honour(form.kind(), form.code());
    honour.define(form);
    honours.saveAndFlush(honour);
    HonourView created = honour.view();
    events.publishEvent(EntityChanged.created(ENTITY, honour.id(), null, created));
    return created;
  }

  @Override
  public HonourView update(String code, HonourForm form) {
    requireAdministrator();
    Honour honour = load(code);
    if (form.version() == null || form.version() != honour.version()) {
      throw new ObjectOptimisticLockingFailureException(Honour.class, honour.id());
    }
    rules().require(honour.kind(), form);
    requireHeldGradesKept(honour, form.grades().size());
    HonourView before = honour.view();
    honour.define(form);
    honours.flush();
    HonourView after = honour.view();
    events.publishEvent(EntityChanged.updated(ENTITY, honour.id(), null, before, after));
    return after;
  }

  private void requireAdministrator() {
    if (!administrators.includeSignedInUser()) {
      throw DomainException.forbidden("honours.nationalAdminOnly");
    }
  }

  private CatalogueChecks rules() {
    Set<String> codes =
        levels.levels().stream().map(Catalogue.LevelView::code).collect(Collectors.toSet());
    return new CatalogueChecks(codes);
  }

  /** A grade someone holds cannot be taken out of the catalogue. */
  private void requireHeldGradesKept(Honour honour, int grades) {
    int highestHeld =
        jdbc.sql("select coalesce(max(grade), 0) from honour_held where honour_id = :honour")
            .param("honour", honour.id())
            .query(Integer.class)
            .single();
    if (highestHeld > grades) {
      throw DomainException.invalid("honours.grade.held", highestHeld);
    }
  }

  private Honour load(String code) {
    return honours
        .findByCode(code)
        .orElseThrow(() -> DomainException.notFound("honours.notFound", code));
  }
}
