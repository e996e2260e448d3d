package vn.thidua.honours;

import java.util.Set;

/**
 * A nominee to check against an honour's rules.
 *
 * @param grade the grade proposed; 1 for an honour with one grade
 * @param personId the person proposed, or null for a collective
 * @param collectiveUnitId the collective proposed, or null for a person
 * @param year the year the honour is for
 * @param proposingUnitId the unit that proposes (đơn vị đề nghị)
 * @param decidingUnitId the unit that decides (cấp khen)
 * @param facts what a collective's dossier declares; null reads as undeclared
 * @param achievementIds the achievements the dossier cites, e.g. "initiative:12", "prize:3:1"
 * @param round the rest of the round; null reads as {@link RoundContext#NONE}
 */
public record NomineeCase(
    String honourCode,
    int grade,
    Long personId,
    Long collectiveUnitId,
    int year,
    long proposingUnitId,
    long decidingUnitId,
    CollectiveFacts facts,
    Set<String> achievementIds,
    RoundContext round) {

  public NomineeCase {
    facts = facts == null ? CollectiveFacts.UNDECLARED : facts;
    achievementIds = achievementIds == null ? Set.of() : Set.copyOf(achievementIds);
    round = round == null ? RoundContext.NONE : round;
  }

  public Recipient recipient() {
    return personId != null ? Recipient.INDIVIDUAL : Recipient.COLLECTIVE;
  }
}
