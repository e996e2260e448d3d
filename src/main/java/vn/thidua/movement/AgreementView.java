package vn.thidua.movement;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * An agreement as its page and the API show it, with every member and its signature. Members are
 * known once it is opened; a draft has none.
 *
 * @param scopeName the sector's or the cluster's name
 */
public record AgreementView(
    long id,
    long organiserId,
    String organiserName,
    AgreementScope scope,
    Long sectorId,
    Long clusterId,
    String scopeName,
    int year,
    String title,
    String content,
    LocalDate signingDeadline,
    AgreementStatus status,
    Instant openedAt,
    Instant closedAt,
    List<Member> members,
    int version) {

  public AgreementView {
    members = List.copyOf(members);
  }

  @JsonProperty("memberCount")
  public int memberCount() {
    return members.size();
  }

  @JsonProperty("signedCount")
  public int signedCount() {
    return (int) members.stream().filter(Member::signed).count();
  }

  @JsonProperty("unsignedCount")
  public int unsignedCount() {
    return memberCount() - signedCount();
  }

  /** The content's paragraphs, split at blank lines or line breaks. */
  public List<String> paragraphs() {
    return content == null
        ? List.of()
        : content.lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
  }

  /**
   * A member unit and, once it has signed, who signed for it and when.
   *
   * @param signatory the person who signed for the unit, as written at signing
   * @param signedBy the username that recorded the signature
   */
  public record Member(
      long unitId,
      String unitName,
      boolean signed,
      String signatory,
      String signedBy,
      Instant signedAt,
      String note) {

    /** The day it signed, in Vietnam. */
    public LocalDate signedOn() {
      return MovementCalendar.dayOf(signedAt);
    }
  }
}
