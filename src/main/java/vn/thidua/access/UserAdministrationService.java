package vn.thidua.access;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.shared.events.EntityChanged;
import vn.thidua.shared.security.Grant;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.text.SearchText;
import vn.thidua.shared.web.DomainException;
import vn.thidua.shared.web.Paged;

@Service
@Transactional
class UserAdministrationService implements UserAdministration {

  private final AppUserRepository users;
  private final AccountService accounts;
  private final LoginThrottle throttle;
  private final OrgUnits units;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  UserAdministrationService(
      AppUserRepository users,
      AccountService accounts,
      LoginThrottle throttle,
      OrgUnits units,
      JdbcClient jdbc,
      ApplicationEventPublisher events) {
    this.users = users;
    this.accounts = accounts;
    this.throttle = throttle;
    this.units = units;
    this.jdbc = jdbc;
    this.events = events;
  }

  @Override
  @Transactional(readOnly = true)
  public Paged<UserRow> search(String query, int page) {
    AdminScope scope = AdminScope.current(units);
    AdminScope.SqlCondition inScope = scope.pathCondition("o.path");
    int pageIndex = Math.max(0, page);
    String folded = SearchText.fold(query);
    // A user is in scope when they hold a grant and none of their grants lies outside it.
    String where =
        " where exists (select 1 from user_grant g where g.user_id = u.id)"
            + " and not exists (select 1 from user_grant g join org_unit o on o.id = g.unit_id"
            + " where g.user_id = u.id and not "
            + inScope.sql()
            + ")"
            + (folded.isEmpty()
                ? ""
                : " and (u.search_name like :pattern or u.username like :pattern)");
    Map<String, Object> params = new HashMap<>(inScope.params());
    if (!folded.isEmpty()) {
      params.put("pattern", SearchText.containsPattern(query));
    }
    long total =
        jdbc.sql("select count(*) from app_user u" + where)
            .params(params)
            .query(Long.class)
            .single();
    record Row(long id, String username, String fullName, String email, boolean enabled) {}
    List<Row> rows =
        jdbc.sql(
                "select u.id, u.username, u.full_name, u.email, u.enabled from app_user u"
                    + where
                    + " order by u.search_name, u.username limit :size offset :offset")
            .params(params)
            .param("size", PAGE_SIZE)
            .param("offset", (long) pageIndex * PAGE_SIZE)
            .query(Row.class)
            .list();
    Map<Long, List<GrantView>> grants = grantsOf(rows.stream().map(Row::id).toList());
    List<UserRow> items =
        rows.stream()
            .map(
                row ->
                    new UserRow(
                        row.id(),
                        row.username(),
                        row.fullName(),
                        row.email(),
                        row.enabled(),
                        grants.getOrDefault(row.id(), List.of())))
            .toList();
    return new Paged<>(items, pageIndex, PAGE_SIZE, total);
  }

  @Override
  @Transactional(readOnly = true)
  public ManagedUser get(long id) {
    return managed(manageable(AdminScope.current(units), id));
  }

  @Override
  public CreatedUser create(NewUser user) {
    AdminScope scope = AdminScope.current(units);
    List<Grant> grants = distinct(user.grants());
    requireGrantable(scope, grants);
    boolean generate = user.rawPassword() == null || user.rawPassword().isBlank();
    String password = generate ? PasswordGenerator.generate() : user.rawPassword();
    long id =
        accounts.createUser(
            new NewUser(user.username(), user.fullName(), user.email(), password, grants));
    return new CreatedUser(managed(users.findById(id).orElseThrow()), generate ? password : null);
  }

  @Override
  public ManagedUser update(long id, UserEdit edit) {
    AdminScope scope = AdminScope.current(units);
    AppUser user = manageable(scope, id);
    requireVersion(user, edit.version());
    if (!edit.enabled() && user.id() == scope.admin().id()) {
      throw DomainException.invalid("user.cannotDisableSelf");
    }
    AppUser.Snapshot before = user.snapshot();
    user.describe(edit.fullName(), edit.email());
    user.enable(edit.enabled());
    users.flush();
    events.publishEvent(
        EntityChanged.updated(
            AccountService.ENTITY, user.id(), user.homeUnitId(), before, user.snapshot()));
    if (before.enabled() && !user.enabled()) {
      events.publishEvent(new CredentialsChanged(user.username()));
    }
    return managed(user);
  }

  @Override
  public ManagedUser setGrants(long id, int version, List<Grant> grants) {
    AdminScope scope = AdminScope.current(units);
    AppUser user = manageable(scope, id);
    requireVersion(user, version);
    List<Grant> wanted = distinct(grants);
    requireGrantable(scope, wanted);
    AppUser.Snapshot before = user.snapshot();
    user.grant(wanted);
    users.flush();
    events.publishEvent(
        EntityChanged.action(
            AccountService.ENTITY,
            user.id(),
            "GRANTS",
            user.homeUnitId(),
            before,
            user.snapshot()));
    events.publishEvent(new CredentialsChanged(user.username()));
    return managed(user);
  }

  @Override
  public Optional<String> resetPassword(long id, String newPassword) {
    AppUser user = manageable(AdminScope.current(units), id);
    boolean generate = newPassword == null || newPassword.isBlank();
    String password = generate ? PasswordGenerator.generate() : newPassword;
    accounts.resetPassword(user, password);
    users.flush();
    return generate ? Optional.of(password) : Optional.empty();
  }

  @Override
  @Transactional(readOnly = true)
  public List<UnitOption> grantableUnits(String query) {
    AdminScope.SqlCondition inScope = AdminScope.current(units).pathCondition("o.path");
    boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
    String folded = SearchText.fold(query);
    Map<String, Object> params = new HashMap<>(inScope.params());
    if (!folded.isEmpty()) {
      params.put("pattern", SearchText.containsPattern(query));
    }
    return jdbc.sql(
            "select o.id, o.name, "
                + (english ? "l.name_en" : "l.name")
                + " as level_name from org_unit o join unit_level l on l.id = o.level_id where "
                + inScope.sql()
                + " and o.ended_on is null"
                + (folded.isEmpty() ? "" : " and o.search_name like :pattern")
                + " order by l.tier, o.search_name limit 30")
        .params(params)
        .query(UnitOption.class)
        .list();
  }

  /** The user, when every grant of theirs lies in the scope; otherwise "not found". */
  private AppUser manageable(AdminScope scope, long id) {
    return users
        .findById(id)
        .filter(user -> scope.coversAll(units, user.grants()))
        .orElseThrow(() -> DomainException.notFound("user.notFound"));
  }

  private void requireGrantable(AdminScope scope, List<Grant> grants) {
    if (grants.isEmpty()) {
      throw DomainException.invalid("user.grants.empty");
    }
    for (Grant grant : grants) {
      UnitSummary unit =
          units
              .find(grant.unitId())
              .orElseThrow(
                  () ->
                      DomainException.invalid(
                          "user.grants.unknownUnit", String.valueOf(grant.unitId())));
      if (!scope.covers(units, unit.id())) {
        throw DomainException.forbidden("user.grants.outsideScope", unit.name());
      }
    }
  }

  private static void requireVersion(AppUser user, int version) {
    if (user.version() != version) {
      throw new OptimisticLockingFailureException("User " + user.id() + " has changed");
    }
  }

  private static List<Grant> distinct(List<Grant> grants) {
    if (grants == null) {
      return List.of();
    }
    for (Grant grant : grants) {
      if (grant == null || grant.role() == null) {
        throw DomainException.invalid("user.grants.invalid");
      }
    }
    return new ArrayList<>(new LinkedHashSet<>(grants));
  }

  private ManagedUser managed(AppUser user) {
    List<Grant> grants = user.grants();
    Map<Long, String> names =
        units.findAll(grants.stream().map(Grant::unitId).distinct().toList()).stream()
            .collect(Collectors.toMap(UnitSummary::id, UnitSummary::name));
    return new ManagedUser(
        user.id(),
        user.username(),
        user.fullName(),
        user.email(),
        user.enabled(),
        user.version(),
        user.createdAt(),
        grants.stream()
            .map(
                grant ->
                    new GrantView(
                        grant.role(),
                        grant.unitId(),
                        names.getOrDefault(grant.unitId(), String.valueOf(grant.unitId()))))
            .toList(),
        throttle.lockedUntil(user.username()).orElse(null));
  }

  private Map<Long, List<GrantView>> grantsOf(List<Long> userIds) {
    if (userIds.isEmpty()) {
      return Map.of();
    }
    record Row(long userId, String role, long unitId, String unitName) {}
    return jdbc
        .sql(
            "select g.user_id, g.role, g.unit_id, o.name as unit_name"
                + " from user_grant g join org_unit o on o.id = g.unit_id"
                + " where g.user_id in (:ids) order by o.path, g.role")
        .param("ids", userIds)
        .query(Row.class)
        .list()
        .stream()
        .collect(
            Collectors.groupingBy(
                Row::userId,
                Collectors.mapping(
                    row -> new GrantView(Role.valueOf(row.role()), row.unitId(), row.unitName()),
                    Collectors.toList())));
  }
}
