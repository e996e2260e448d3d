package vn.thidua.movement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import vn.thidua.shared.text.SearchText;
import vn.thidua.shared.web.DomainException;

/**
 * An emulation agreement, guarding its own workflow: a draft may be edited; opening needs members
 * and a deadline still ahead; signatures are taken while it is open and the deadline has not
 * passed; closing ends the signing for good.
 */
@Entity
@Table(name = "agreement")
class Agreement {

  static final int MAX_CONTENT = 20_000;
  static final int MIN_YEAR = 1945;
  static final int MAX_YEAR = 2200;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long organiserId;

  @Enumerated(EnumType.STRING)
  private AgreementScope scope;

  private Long sectorId;
  private Long clusterId;
  private int year;
  private String title;
  private String searchTitle;
  private String content;
  private LocalDate signingDeadline;

  @Enumerated(EnumType.STRING)
  private AgreementStatus status;

  private Instant openedAt;
  private String openedBy;
  private Instant closedAt;
  private String closedBy;
  private String createdBy;
  private Instant createdAt;
  private Instant updatedAt;
  @Version private int version;

  protected Agreement() {}

  Agreement(AgreementDraft draft, String createdBy, Instant now) {
    this.organiserId = draft.organiserId();
    this.status = AgreementStatus.DRAFT;
    this.createdBy = createdBy;
    this.createdAt = now;
    describe(draft, now);
  }

  /** Replaces what the draft says; refuses a draft that is incomplete or wrong. */
  void describe(AgreementDraft draft, Instant now) {
    if (status != AgreementStatus.DRAFT) {
      throw DomainException.conflict("agreement.openedIsFinal", title);
    }
    this.title = Inputs.required(draft.title(), 300, "agreement.titleRequired");
    this.searchTitle = SearchText.fold(title);
    this.content = Inputs.required(draft.content(), MAX_CONTENT, "agreement.contentRequired");
    if (draft.year() == null) {
      throw DomainException.invalid("agreement.yearRequired");
    }
    if (draft.year() < MIN_YEAR || draft.year() > MAX_YEAR) {
      throw DomainException.invalid(
          "agreement.yearRange", String.valueOf(MIN_YEAR), String.valueOf(MAX_YEAR));
    }
    this.year = draft.year();
    if (draft.signingDeadline() == null) {
      throw DomainException.invalid("agreement.deadlineRequired");
    }
    if (draft.signingDeadline().getYear() < year - 1 || draft.signingDeadline().getYear() > year) {
      throw DomainException.invalid(
          "agreement.deadlineOutsideYear", draft.signingDeadline(), String.valueOf(year));
    }
    this.signingDeadline = draft.signingDeadline();
    if (draft.scope() == null) {
      throw DomainException.invalid("agreement.scopeRequired");
    }
    this.scope = draft.scope();
    this.sectorId = scope == AgreementScope.SECTOR ? draft.sectorId() : null;
    this.clusterId = scope == AgreementScope.CLUSTER ? draft.clusterId() : null;
    if (scope == AgreementScope.SECTOR && sectorId == null) {
      throw DomainException.invalid("agreement.sectorRequired");
    }
    if (scope == AgreementScope.CLUSTER && clusterId == null) {
      throw DomainException.invalid("agreement.clusterRequired");
    }
    this.updatedAt = now;
  }

  /** Opens the draft for signing by the members resolved by the caller. */
  void open(int memberCount, LocalDate today, String by, Instant now) {
    if (status != AgreementStatus.DRAFT) {
      throw InvalidTransition.from(status).to(AgreementStatus.OPEN);
    }
    if (memberCount == 0) {
      throw DomainException.invalid("agreement.noMembers");
    }
    if (today.isAfter(signingDeadline)) {
      throw DomainException.invalid("agreement.deadlineBeforeOpening", signingDeadline);
    }
    this.status = AgreementStatus.OPEN;
    this.openedAt = now;
    this.openedBy = by;
    this.updatedAt = now;
  }

  void close(String by, Instant now) {
    if (status != AgreementStatus.OPEN) {
      throw InvalidTransition.from(status).to(AgreementStatus.CLOSED);
    }
    this.status = AgreementStatus.CLOSED;
    this.closedAt = now;
    this.closedBy = by;
    this.updatedAt = now;
  }

  /** Refuses a signature once the agreement is not open or its deadline has passed. */
  void requireSignable(LocalDate today) {
    if (status != AgreementStatus.OPEN) {
      throw DomainException.conflict(
          "agreement.notOpenForSigning",
          new DefaultMessageSourceResolvable("status.AgreementStatus." + status.name()));
    }
    if (today.isAfter(signingDeadline)) {
      throw DomainException.invalid("agreement.deadlinePassed", signingDeadline);
    }
  }

  boolean signable(LocalDate today) {
    return status == AgreementStatus.OPEN && !today.isAfter(signingDeadline);
  }

  void requireVersion(Integer edited) {
    if (edited == null) {
      throw DomainException.invalid(
          "validation.NotNull", new DefaultMessageSourceResolvable("field.version"));
    }
    if (edited != version) {
      throw new ObjectOptimisticLockingFailureException(Agreement.class, id);
    }
  }

  Long id() {
    return id;
  }

  long organiserId() {
    return organiserId;
  }

  AgreementScope scope() {
    return scope;
  }

  Long sectorId() {
    return sectorId;
  }

  Long clusterId() {
    return clusterId;
  }

  int year() {
    return year;
  }

  String title() {
    return title;
  }

  String content() {
    return content;
  }

  LocalDate signingDeadline() {
    return signingDeadline;
  }

  AgreementStatus status() {
    return status;
  }

  Instant openedAt() {
    return openedAt;
  }

  Instant closedAt() {
    return closedAt;
  }

  int version() {
    return version;
  }
}
