package vn.thidua.movement;

import java.util.List;

/**
 * Emulation agreements (giao ước thi đua): an officer of a unit above grassroots drafts a joint
 * commitment for a year, for a sector or a cluster below it, and opens it; each member's officer
 * signs it once, until the deadline or until it is closed. An agreement is visible to the
 * organiser's subtree and the levels above it and, once opened, to whoever sees one of its members.
 */
public interface Agreements {

  /** Saves a new draft and returns its id. */
  long draft(AgreementDraft draft);

  /** Replaces a draft; the draft carries the version it was made on (409 when stale). */
  void edit(long agreementId, AgreementDraft draft);

  /** Resolves and freezes the members, opens the agreement for signing and notifies them. */
  void open(long agreementId, Integer version);

  /** Ends the signing; the signatures stay. */
  void close(long agreementId, Integer version);

  /** Deletes a draft that was never opened. */
  void discard(long agreementId, Integer version);

  AgreementView get(long agreementId);

  /** The printable signature sheet (A4 PDF) of an agreement the user may see. */
  byte[] signatureSheet(long agreementId);

  /** Agreements the unit organises or is a member of, as far as the user may see them. */
  List<AgreementSummary> forUnit(long unitId);

  /** Records the member unit's signature: once, while open and not after the deadline. */
  void sign(long agreementId, long unitId, Signing signing);

  /** Whether the signed-in user may edit, open and close it (an officer of the organiser). */
  boolean canManage(long agreementId);

  /** The members the signed-in user may sign for and that have not signed yet. */
  List<Long> signableBy(long agreementId);

  /**
   * What a signature records besides the user and the time.
   *
   * @param signatory who signs for the unit (e.g. its chairman); the user's own name when blank
   * @param note an optional remark
   */
  record Signing(String signatory, String note) {}
}
