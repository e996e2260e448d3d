package vn.thidua.decision;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.honours.HonourAward;
import vn.thidua.honours.Honours;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.shared.events.EntityChanged;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.web.DomainException;
import vn.thidua.shared.web.Paged;

@Service
@Transactional
class DecisionService implements Decisions {

  static final String ENTITY = "Decision";

  private final DecisionStore store;
  private final DecisionQueries queries;
  private final Awardees awardees;
  private final Numbering numbering;
  private final Symbols symbols;
  private final OrgUnits units;
  private final Honours honours;
  private final ApplicationEventPublisher events;
  private final DecisionCalendar calendar;

  DecisionService(
      DecisionStore store,
      DecisionQueries queries,
      Awardees awardees,
      Numbering numbering,
      Symbols symbols,
      OrgUnits units,
      Honours honours,
      ApplicationEventPublisher events,
      DecisionCalendar calendar) {
    this.store = store;
    this.queries = queries;
    this.awardees = awardees;
    this.numbering = numbering;
    this.symbols = symbols;
    this.units = units;
    this.honours = honours;
    this.events = events;
    this.calendar = calendar;
  }

  @Override
  public long draft(DecisionDraft draft) {
    return create(draft, DecisionKind.AWARD, null);
  }

  @Override
  public long draftRevision(long targetDecisionId, DecisionKind kind, DecisionDraft draft) {
    if (kind == null || kind == DecisionKind.AWARD) {
      throw DomainException.invalid("decision.revision.kind");
    }
    DecisionRow target = visible(targetDecisionId);
    if (target.status() != DecisionStatus.ISSUED) {
      throw DomainException.invalid("decision.revision.targetNotInForce", target.symbol());
    }
    if (!units.isWithin(target.issuingUnitId(), draft.issuingUnitId())) {
      throw DomainException.invalid("decision.revision.issuer", target.issuingUnitName());
    }
    if (kind == DecisionKind.REVOKE && !draft.awardees().isEmpty()) {
      throw DomainException.invalid("decision.revoke.noAwardees");
    }
    return create(draft, kind, target.id());
  }

  private long create(DecisionDraft draft, DecisionKind kind, Long targetId) {
    UnitSummary issuer = units.requireChangeable(draft.issuingUnitId());
    DraftRules.Heading heading = DraftRules.aCompleteHeading(draft, calendar.today().getYear());
    List<LineContent> lines = awardees.resolve(draft.awardees(), issuer.id(), heading.year());
    String symbol = Symbols.format(null, symbols.suffixFor(issuer));
    long id = store.insert(issuer.id(), kind, targetId, heading, symbol, CurrentUser.name());
    store.replaceLines(id, lines);
    DecisionRow row = store.find(id).orElseThrow();
    events.publishEvent(
        EntityChanged.created(ENTITY, id, issuer.id(), withLines(row.audit(), lines.size())));
    return id;
  }

  @Override
  @Transactional(readOnly = true)
  public DecisionView get(long decisionId) {
    return queries.view(visible(decisionId));
  }

  @Override
  public DecisionView update(long decisionId, int version, DecisionDraft draft) {
    DecisionRow row = changeableDraft(decisionId, version);
    if (draft == null) {
      throw DomainException.invalid("decision.subject.missing");
    }
    UnitSummary issuer = units.requireChangeable(draft.issuingUnitId());
    if (row.targetDecisionId() != null) {
      DecisionRow target = store.find(row.targetDecisionId()).orElseThrow();
      if (!units.isWithin(target.issuingUnitId(), issuer.id())) {
        throw DomainException.invalid("decision.revision.issuer", target.issuingUnitName());
      }
    }
    DraftRules.Heading heading = DraftRules.aCompleteHeading(draft, calendar.today().getYear());
    List<LineContent> lines = awardees.resolve(draft.awardees(), issuer.id(), heading.year());
    if (row.kind() == DecisionKind.REVOKE && !lines.isEmpty()) {
      throw DomainException.invalid("decision.revoke.noAwardees");
    }
    store.updateHeading(
        row.id(), issuer.id(), heading, Symbols.format(null, symbols.suffixFor(issuer)));
    store.replaceLines(row.id(), lines);
    DecisionRow after = store.find(row.id()).orElseThrow();
    events.publishEvent(
        EntityChanged.updated(
            ENTITY, row.id(), issuer.id(), row.audit(), withLines(after.audit(), lines.size())));
    return queries.view(after);
  }

  @Override
  public DecisionView addAwardee(long decisionId, int version, AwardeeDraft awardee) {
    DecisionRow row = changeableDraft(decisionId, version);
    if (row.kind() == DecisionKind.REVOKE) {
      throw DomainException.invalid("decision.revoke.noAwardees");
    }
    LineContent line = awardees.resolve(awardee, row.issuingUnitId(), row.year(), 1);
    boolean duplicate =
        store.lines(row.id()).stream()
            .anyMatch(
                existing ->
                    existing.honourCode().equals(line.honourCode())
                        && existing.grade() == line.grade()
                        && Objects.equals(existing.personId(), line.personId())
                        && Objects.equals(existing.collectiveUnitId(), line.collectiveUnitId()));
    if (duplicate) {
      throw DomainException.invalid("decision.awardee.duplicate", line.awardeeName());
    }
    store.appendLine(row.id(), line);
    events.publishEvent(
        EntityChanged.action(
            ENTITY,
            row.id(),
            "ADD_AWARDEE",
            row.issuingUnitId(),
            null,
            Map.of("awardee", line.awardeeName(), "honour", line.honourName())));
    return queries.view(store.find(row.id()).orElseThrow());
  }

  @Override
  public DecisionView removeAwardee(long decisionId, int version, long lineId) {
    DecisionRow row = changeableDraft(decisionId, version);
    AwardeeLine line =
        store.lines(row.id()).stream()
            .filter(candidate -> candidate.id() == lineId)
            .findFirst()
            .orElseThrow(() -> DomainException.notFound("decision.awardee.notFound", lineId));
    store.removeLine(row.id(), lineId);
    events.publishEvent(
        EntityChanged.action(
            ENTITY,
            row.id(),
            "REMOVE_AWARDEE",
            row.issuingUnitId(),
            Map.of("awardee", line.awardeeName(), "honour", line.honourName()),
            null));
    return queries.view(store.find(row.id()).orElseThrow());
  }

  @Override
  public void discard(long decisionId, int version) {
    DecisionRow row = changeableDraft(decisionId, version);
    store.delete(row.id());
    events.publishEvent(EntityChanged.deleted(ENTITY, row.id(), row.issuingUnitId(), row.audit()));
  }

  @Override
  public DecisionView issue(long decisionId, int version, LocalDate signedOn) {
    DecisionRow row = changeableDraft(decisionId, version);
    List<AwardeeLine> lines = store.lines(row.id());
    DraftRules.aDecisionThatAwardsNamesAwardees(row.kind(), lines.size());
    DraftRules.aPlausibleSigningDay(signedOn, row.year(), calendar.today());
    DecisionRow target = null;
    if (row.targetDecisionId() != null) {
      target = store.lock(row.targetDecisionId()).orElseThrow();
      if (target.status() != DecisionStatus.ISSUED) {
        throw DomainException.invalid("decision.revision.targetNotInForce", target.symbol());
      }
    }
    UnitSummary issuer = units.require(row.issuingUnitId());
    int number = numbering.next(issuer.id(), signedOn.getYear());
    String symbol = Symbols.format(number, symbols.suffixFor(issuer));
    store.markIssued(row.id(), signedOn.getYear(), number, symbol, signedOn, CurrentUser.name());
    if (target != null) {
      DecisionStatus replaced =
          row.kind() == DecisionKind.REVOKE ? DecisionStatus.REVOKED : DecisionStatus.AMENDED;
      store.markSuperseded(target.id(), replaced, row.id());
      honours.revokeDecision(target.id());
      events.publishEvent(
          EntityChanged.action(
              ENTITY,
              target.id(),
              row.kind().name(),
              target.issuingUnitId(),
              target.audit(),
              Map.of("status", replaced.name(), "by", symbol)));
    }
    if (!lines.isEmpty()) {
      honours.recordAwarded(
          lines.stream()
              .map(
                  line ->
                      new HonourAward(
                          line.honourCode(),
                          line.grade(),
                          line.recipient(),
                          line.personId(),
                          line.collectiveUnitId(),
                          row.year(),
                          issuer.id(),
                          row.id(),
                          signedOn))
              .toList());
    }
    DecisionRow issued = store.find(row.id()).orElseThrow();
    events.publishEvent(
        EntityChanged.action(ENTITY, row.id(), "ISSUE", issuer.id(), row.audit(), issued.audit()));
    events.publishEvent(
        new DecisionIssued(
            row.id(),
            issuer.id(),
            row.year(),
            lines.stream().map(AwardeeLine::nominationId).filter(Objects::nonNull).toList()));
    return queries.view(issued);
  }

  @Override
  @Transactional(readOnly = true)
  public Paged<DecisionSummary> search(DecisionFilter filter, int page, int size) {
    if (filter.unitId() != null) {
      units.requireVisible(filter.unitId());
    }
    return queries.search(filter, Math.max(0, page), Paged.clampSize(size));
  }

  /** The decision, or 404 when the user has no grant in its issuing unit's subtree or above. */
  DecisionRow visible(long decisionId) {
    DecisionRow row =
        store
            .find(decisionId)
            .orElseThrow(() -> DomainException.notFound("decision.notFound", decisionId));
    if (!queries.canRead(row.issuingUnitId())) {
      throw DomainException.notFound("decision.notFound", decisionId);
    }
    return row;
  }

  /** Locks the draft, checks the user may change it and that it is still a draft. */
  private DecisionRow changeableDraft(long decisionId, int version) {
    visible(decisionId);
    DecisionRow row = store.lock(decisionId).orElseThrow();
    units.requireChangeable(row.issuingUnitId());
    DraftRules.onlyADraftChanges(row.status(), row.symbol());
    store.bumpVersion(row, version);
    return row;
  }

  private static Map<String, Object> withLines(Map<String, Object> state, int lines) {
    state.put("awardees", lines);
    return state;
  }
}
