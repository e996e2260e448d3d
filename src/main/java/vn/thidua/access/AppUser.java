package vn.thidua.access;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.thidua.shared.security.Grant;
import vn.thidua.shared.text.SearchText;
import vn.thidua.shared.web.DomainException;

/** A person who signs in, with the roles they hold in units. The password is kept only hashed. */
@Entity
@Table(name = "app_user")
class AppUser {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String username;
  private String fullName;
  private String searchName;
  private String email;
  private String passwordHash;
  private boolean enabled;
  private Instant createdAt;
  @Version private int version;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "user_grant", joinColumns = @JoinColumn(name = "user_id"))
  private Set<UserGrant> grants = new LinkedHashSet<>();

  protected AppUser() {}

  AppUser(String username, String fullName, String email, String passwordHash, List<Grant> grants) {
    this.username = AccountRules.username(username);
    this.passwordHash = passwordHash;
    this.enabled = true;
    this.createdAt = Instant.now();
    describe(fullName, email);
    grant(grants);
  }

  void describe(String fullName, String email) {
    this.fullName = AccountRules.fullName(fullName);
    this.searchName = SearchText.fold(this.fullName);
    this.email = AccountRules.email(email);
  }

  /** Replaces every grant; a user holds at least one, else nobody could manage them. */
  void grant(Collection<Grant> newGrants) {
    if (newGrants == null || newGrants.isEmpty()) {
      throw DomainException.invalid("user.grants.empty");
    }
    grants.clear();
    newGrants.forEach(grant -> grants.add(new UserGrant(grant)));
  }

  void changePasswordHash(String passwordHash) {
    this.passwordHash = passwordHash;
  }

  void enable(boolean enabled) {
    this.enabled = enabled;
  }

  Long id() {
    return id;
  }

  String username() {
    return username;
  }

  String fullName() {
    return fullName;
  }

  String email() {
    return email;
  }

  String passwordHash() {
    return passwordHash;
  }

  boolean enabled() {
    return enabled;
  }

  Instant createdAt() {
    return createdAt;
  }

  int version() {
    return version;
  }

  List<Grant> grants() {
    return grants.stream()
        .map(UserGrant::toGrant)
        .sorted(Comparator.comparing(Grant::role).thenComparingLong(Grant::unitId))
        .toList();
  }

  /** The unit the user's audit entries are filed under: the first of their grants. */
  Long homeUnitId() {
    return grants().stream().findFirst().map(Grant::unitId).orElse(null);
  }

  UserView view() {
    return new UserView(id, username, fullName, email, enabled, grants(), version);
  }

  /** The state recorded in the audit log: everything but the password hash. */
  Snapshot snapshot() {
    return new Snapshot(username, fullName, email, enabled, grants());
  }

  record Snapshot(
      String username, String fullName, String email, boolean enabled, List<Grant> grants) {}
}
