package vn.thidua.movement;

import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organisation.Catalogue;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.shared.events.EntityChanged;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.shared.web.DomainException;

@Service
@Transactional
class AgreementService implements Agreements {

  static final String ENTITY = "Agreement";
  static final String SIGNATURE = "AgreementSignature";

  private final AgreementRepository agreements;
  private final AgreementMembers members;
  private final OrgUnits units;
  private final Catalogue catalogue;
  private final ParticipantDirectory participants;
  private final MovementCalendar calendar;
  private final ApplicationEventPublisher events;
  private final AgreementSheet sheet;

  AgreementService(
      AgreementRepository agreements,
      AgreementMembers members,
      OrgUnits units,
      Catalogue catalogue,
      ParticipantDirectory participants,
      MovementCalendar calendar,
      ApplicationEventPublisher events,
      AgreementSheet sheet) {
    this.sheet = sheet;
    this.agreements = agreements;
    this.members = members;
    this.units = units;
    this.catalogue = catalogue;
    this.participants = participants;
    this.calendar = calendar;
    this.events = events;
  }

  @Override
  public long draft(AgreementDraft draft) {
    if (draft.organiserId() == null) {
      throw DomainException.invalid("agreement.organiserRequired");
    }
    UnitSummary organiser = units.requireChangeable(draft.organiserId());
    if (organiser.grassroots()) {
      throw DomainException.invalid("agreement.organiserGrassroots", organiser.name());
    }
    Agreement agreement = new Agreement(draft, CurrentUser.name(), calendar.now());
    checkScope(agreement, organiser);
    agreements.saveAndFlush(agreement);
    events.publishEvent(
        EntityChanged.created(ENTITY, agreement.id(), organiser.id(), view(agreement)));
    return agreement.id();
  }

  @Override
  public void edit(long agreementId, AgreementDraft draft) {
    Agreement agreement = manageable(agreementId);
    agreement.requireVersion(draft.version());
    if (draft.organiserId() != null && draft.organiserId() != agreement.organiserId()) {
      throw DomainException.invalid("agreement.organiserFixed");
    }
    AgreementView before = view(agreement);
    agreement.describe(draft, calendar.now());
    checkScope(agreement, units.require(agreement.organiserId()));
    agreements.flush();
    events.publishEvent(
        EntityChanged.updated(
            ENTITY, agreementId, agreement.organiserId(), before, view(agreement)));
  }

  @Override
  public void open(long agreementId, Integer version) {
    Agreement agreement = manageable(agreementId);
    agreement.requireVersion(version);
    AgreementView before = view(agreement);
    UnitSummary organiser = units.require(agreement.organiserId());
    checkScope(agreement, organiser);
    List<Long> memberIds = members.resolve(agreement, organiser);
    agreement.open(memberIds.size(), calendar.today(), CurrentUser.name(), calendar.now());
    agreements.flush();
    members.record(agreementId, memberIds);
    AgreementView after = view(agreement);
    events.publishEvent(
        EntityChanged.action(ENTITY, agreementId, "OPEN", organiser.id(), before, after));
    events.publishEvent(
        new AgreementOpened(
            agreementId, agreement.title(), agreement.signingDeadline(), memberIds));
  }

  @Override
  public void close(long agreementId, Integer version) {
    Agreement agreement = manageable(agreementId);
    agreement.requireVersion(version);
    AgreementView before = view(agreement);
    agreement.close(CurrentUser.name(), calendar.now());
    agreements.flush();
    events.publishEvent(
        EntityChanged.action(
            ENTITY, agreementId, "CLOSE", agreement.organiserId(), before, view(agreement)));
  }

  @Override
  public void discard(long agreementId, Integer version) {
    Agreement agreement = manageable(agreementId);
    agreement.requireVersion(version);
    if (agreement.status() != AgreementStatus.DRAFT) {
      throw DomainException.conflict("agreement.openedIsFinal", agreement.title());
    }
    AgreementView before = view(agreement);
    agreements.delete(agreement);
    agreements.flush();
    events.publishEvent(
        EntityChanged.deleted(ENTITY, agreementId, agreement.organiserId(), before));
  }

  @Override
  @Transactional(readOnly = true)
  public AgreementView get(long agreementId) {
    return view(visible(agreementId));
  }

  @Override
  @Transactional(readOnly = true)
  public byte[] signatureSheet(long agreementId) {
    return sheet.write(get(agreementId));
  }

  @Override
  @Transactional(readOnly = true)
  public List<AgreementSummary> forUnit(long unitId) {
    units.requireVisible(unitId);
    return members.forUnit(unitId);
  }

  @Override
  public void sign(long agreementId, long unitId, Signing signing) {
    Agreement agreement = visible(agreementId);
    UnitSummary unit = units.requireVisible(unitId);
    if (!members.isMember(agreementId, unitId)) {
      throw DomainException.invalid("agreement.notMember", unit.name());
    }
    units.requireChangeable(unitId);
    agreement.requireSignable(calendar.today());
    SignedInUser user = CurrentUser.get().orElseThrow();
    String signatory =
        Inputs.optional(
            signing == null ? null : signing.signatory(), 200, "agreement.signatoryTooLong");
    String note =
        Inputs.optional(signing == null ? null : signing.note(), 1000, "agreement.noteTooLong");
    boolean signed =
        members.sign(
            agreementId,
            unitId,
            signatory == null ? user.fullName() : signatory,
            user.username(),
            calendar.now(),
            note);
    if (!signed) {
      throw DomainException.conflict("agreement.alreadySigned", unit.name());
    }
    AgreementView.Member signature =
        members.list(agreementId).stream()
            .filter(member -> member.unitId() == unitId)
            .findFirst()
            .orElseThrow();
    events.publishEvent(
        EntityChanged.action(
            SIGNATURE, agreementId + "/" + unitId, "SIGN", unitId, null, signature));
  }

  @Override
  @Transactional(readOnly = true)
  public boolean canManage(long agreementId) {
    return units.canChange(visible(agreementId).organiserId());
  }

  @Override
  @Transactional(readOnly = true)
  public List<Long> signableBy(long agreementId) {
    Agreement agreement = visible(agreementId);
    if (!agreement.signable(calendar.today())) {
      return List.of();
    }
    return members.list(agreementId).stream()
        .filter(member -> !member.signed() && units.canChange(member.unitId()))
        .map(AgreementView.Member::unitId)
        .toList();
  }

  /** The agreement, or "not found" when it does not exist or the user may not see it. */
  private Agreement visible(long agreementId) {
    Agreement agreement = agreements.findById(agreementId).orElseThrow(() -> notFound(agreementId));
    boolean seen =
        units.canSee(agreement.organiserId())
            || (agreement.status() != AgreementStatus.DRAFT && members.anyVisible(agreementId));
    if (!seen) {
      throw notFound(agreementId);
    }
    return agreement;
  }

  /** The agreement, for an officer of the organiser: 404 when hidden, 403 when read-only. */
  private Agreement manageable(long agreementId) {
    Agreement agreement = visible(agreementId);
    if (!units.canChange(agreement.organiserId())) {
      throw DomainException.forbidden("agreement.organiserOnly");
    }
    return agreement;
  }

  /** Refuses a sector that does not exist, or a cluster that is not the organiser's that year. */
  private void checkScope(Agreement agreement, UnitSummary organiser) {
    if (agreement.scope() == AgreementScope.SECTOR) {
      boolean known =
          catalogue.sectors().stream().anyMatch(sector -> sector.id() == agreement.sectorId());
      if (!known) {
        throw DomainException.invalid(
            "agreement.unknownSector", String.valueOf(agreement.sectorId()));
      }
      return;
    }
    boolean known =
        catalogue.clusters(organiser.id(), agreement.year()).stream()
            .anyMatch(cluster -> cluster.id() == agreement.clusterId());
    if (!known) {
      throw DomainException.invalid(
          "agreement.unknownCluster",
          String.valueOf(agreement.clusterId()),
          String.valueOf(agreement.year()));
    }
  }

  private AgreementView view(Agreement agreement) {
    String scopeName =
        agreement.scope() == AgreementScope.SECTOR
            ? participants.sectorNames().get(agreement.sectorId())
            : members.clusterName(agreement.clusterId());
    return new AgreementView(
        agreement.id() == null ? 0 : agreement.id(),
        agreement.organiserId(),
        units.require(agreement.organiserId()).name(),
        agreement.scope(),
        agreement.sectorId(),
        agreement.clusterId(),
        scopeName,
        agreement.year(),
        agreement.title(),
        agreement.content(),
        agreement.signingDeadline(),
        agreement.status(),
        agreement.openedAt(),
        agreement.closedAt(),
        agreement.id() == null ? List.of() : members.list(agreement.id()),
        agreement.version());
  }

  private static DomainException notFound(long agreementId) {
    return DomainException.notFound("agreement.notFound", String.valueOf(agreementId));
  }
}
