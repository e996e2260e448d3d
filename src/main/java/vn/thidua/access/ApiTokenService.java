package vn.thidua.access;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.shared.events.EntityChanged;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.Grant;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.shared.time.Dates;
import vn.thidua.shared.web.DomainException;

@Service
@Transactional
class ApiTokenService implements ApiTokens {

  static final String ENTITY = "ApiToken";

  /** Expiry dates are days in Vietnam: a token valid "until 31/12" works through that day there. */
  private static final String COLUMNS =
      "id, name, prefix, created_at, last_used_at, expires_at, revoked_at";

  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;
  private final Clock clock = Clock.systemUTC();

  ApiTokenService(JdbcClient jdbc, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.events = events;
  }

  @Override
  public CreatedToken create(String name, LocalDate expiresOn) {
    SignedInUser me = signedIn();
    String cleanName = name == null ? "" : name.strip();
    if (cleanName.isEmpty() || cleanName.length() > 100) {
      throw DomainException.invalid("token.name.invalid");
    }
    LocalDate today = LocalDate.now(clock.withZone(Dates.VIETNAM));
    if (expiresOn != null && expiresOn.isBefore(today)) {
      throw DomainException.invalid("token.expiry.past");
    }
    OffsetDateTime expiresAt =
        expiresOn == null
            ? null
            : expiresOn.plusDays(1).atStartOfDay(Dates.VIETNAM).toOffsetDateTime();
    TokenSecret secret = TokenSecret.generate();
    TokenView token =
        jdbc.sql(
                "insert into api_token (user_id, name, token_hash, prefix, created_at, expires_at)"
                    + " values (:user, :name, :hash, :prefix, :now, :expires)"
                    + " returning "
                    + COLUMNS)
            .param("user", me.id())
            .param("name", cleanName)
            .param("hash", secret.hash())
            .param("prefix", secret.prefix())
            .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
            .param("expires", expiresAt)
            .query(ApiTokenService::view)
            .single();
    events.publishEvent(
        EntityChanged.created(
            ENTITY,
            token.id(),
            homeUnit(me),
            Map.of("user", me.username(), "name", token.name(), "prefix", token.prefix())));
    return new CreatedToken(token, secret.value());
  }

  @Override
  @Transactional(readOnly = true)
  public List<TokenView> mine() {
    return jdbc.sql(
            "select " + COLUMNS + " from api_token where user_id = :user order by created_at desc")
        .param("user", signedIn().id())
        .query(ApiTokenService::view)
        .list();
  }

  @Override
  public void revoke(long tokenId) {
    SignedInUser me = signedIn();
    TokenView token =
        jdbc.sql("select " + COLUMNS + " from api_token where id = :id and user_id = :user")
            .param("id", tokenId)
            .param("user", me.id())
            .query(ApiTokenService::view)
            .optional()
            .orElseThrow(() -> DomainException.notFound("token.notFound"));
    if (token.revoked()) {
      return;
    }
    jdbc.sql("update api_token set revoked_at = :now where id = :id")
        .param("now", OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC))
        .param("id", tokenId)
        .update();
    events.publishEvent(
        EntityChanged.action(
            ENTITY,
            tokenId,
            "REVOKE",
            homeUnit(me),
            Map.of("name", token.name(), "prefix", token.prefix()),
            Map.of("name", token.name(), "prefix", token.prefix(), "revoked", true)));
  }

  /**
   * The owner of a usable token, noting that it was used. Unknown, revoked and expired tokens give
   * nothing, and the caller does not learn which of the three it was.
   */
  Optional<Long> ownerOf(String presented) {
    if (!TokenSecret.looksLikeToken(presented)) {
      return Optional.empty();
    }
    OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
    // Marks the use at most once a minute, so that a busy client does not write on every call.
    jdbc.sql(
            "update api_token set last_used_at = :now where token_hash = :hash"
                + " and revoked_at is null and (expires_at is null or expires_at > :now)"
                + " and (last_used_at is null or last_used_at < :recently)")
        .param("now", now)
        .param("hash", TokenSecret.sha256(presented))
        .param("recently", now.minusMinutes(1))
        .update();
    return jdbc.sql(
            "select user_id from api_token where token_hash = :hash"
                + " and revoked_at is null and (expires_at is null or expires_at > :now)")
        .param("hash", TokenSecret.sha256(presented))
        .param("now", now)
        .query(Long.class)
        .optional();
  }

  private static SignedInUser signedIn() {
    return CurrentUser.get().orElseThrow(() -> DomainException.forbidden("error.forbidden"));
  }

  private static Long homeUnit(SignedInUser user) {
    return user.grants().stream().findFirst().map(Grant::unitId).orElse(null);
  }

  private static TokenView view(ResultSet rs, int row) throws SQLException {
    return new TokenView(
        rs.getLong("id"),
        rs.getString("name"),
        rs.getString("prefix"),
        instant(rs, "created_at"),
        instant(rs, "last_used_at"),
        instant(rs, "expires_at"),
        instant(rs, "revoked_at"));
  }

  private static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }
}
