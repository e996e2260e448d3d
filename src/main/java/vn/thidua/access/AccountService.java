package vn.thidua.access;

import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.shared.events.EntityChanged;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Grant;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.shared.web.DomainException;

@Service
@Transactional
class AccountService implements Accounts {

  static final String ENTITY = "AppUser";

  private final AppUserRepository users;
  private final PasswordEncoder encoder;
  private final OrgUnits units;
  private final LoginThrottle throttle;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  AccountService(
      AppUserRepository users,
      PasswordEncoder encoder,
      OrgUnits units,
      LoginThrottle throttle,
      JdbcClient jdbc,
      ApplicationEventPublisher events) {
    this.users = users;
    this.encoder = encoder;
    this.units = units;
    this.throttle = throttle;
    this.jdbc = jdbc;
    this.events = events;
  }

  @Override
  public long createUser(NewUser user) {
    String username = AccountRules.username(user.username());
    AccountRules.password(user.rawPassword(), username);
    if (users.existsByUsername(username)) {
      throw DomainException.conflict("user.username.taken", username);
    }
    for (Grant grant : user.grants()) {
      if (units.find(grant.unitId()).isEmpty()) {
        throw DomainException.invalid("user.grants.unknownUnit", String.valueOf(grant.unitId()));
      }
    }
    AppUser created =
        users.saveAndFlush(
            new AppUser(
                username,
                user.fullName(),
                user.email(),
                encoder.encode(user.rawPassword()),
                user.grants()));
    events.publishEvent(
        EntityChanged.created(ENTITY, created.id(), created.homeUnitId(), created.snapshot()));
    return created.id();
  }

  @Override
  @Transactional(readOnly = true)
  public boolean anyUserExists() {
    return jdbc.sql("select exists (select 1 from app_user)").query(Boolean.class).single();
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<UserView> find(long id) {
    return users.findById(id).map(AppUser::view);
  }

  @Override
  public void changeOwnPassword(String currentPassword, String newPassword) {
    SignedInUser me =
        CurrentUser.get().orElseThrow(() -> DomainException.forbidden("error.forbidden"));
    AppUser user =
        users.findById(me.id()).orElseThrow(() -> DomainException.notFound("user.notFound"));
    if (throttle.isLocked(user.username())) {
      throw DomainException.invalid("account.password.locked");
    }
    if (currentPassword == null || !encoder.matches(currentPassword, user.passwordHash())) {
      // Counted like a failed sign-in, so that a left-open session cannot be used to guess it.
      throttle.recordFailure(user.username());
      throw DomainException.invalid("account.password.wrongCurrent");
    }
    AccountRules.password(newPassword, user.username());
    user.changePasswordHash(encoder.encode(newPassword));
    events.publishEvent(
        EntityChanged.action(ENTITY, user.id(), "PASSWORD_CHANGE", user.homeUnitId(), null, null));
  }

  /** Sets a new password for someone else (an administrator's reset) and lifts any lock. */
  void resetPassword(AppUser user, String newPassword) {
    AccountRules.password(newPassword, user.username());
    user.changePasswordHash(encoder.encode(newPassword));
    throttle.clear(user.username());
    events.publishEvent(
        EntityChanged.action(ENTITY, user.id(), "PASSWORD_RESET", user.homeUnitId(), null, null));
    events.publishEvent(new CredentialsChanged(user.username()));
  }
}
