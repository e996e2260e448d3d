package vn.thidua.nomination;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.thidua.achievement.AchievementRecord;
import vn.thidua.achievement.Achievements;

/**
 * The achievements on record that a dossier cites: how many initiatives of the nominee were
 * recognised and how many contest prizes they won in the round's period. The counts are written
 * into the dossier in Vietnamese, the language of the record, when it is drafted; the nomination's
 * page lists them one by one from the achievement records.
 */
@Component
class CitedAchievements {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private final Achievements achievements;
  private final MessageSource messages;

  CitedAchievements(Achievements achievements, MessageSource messages) {
    this.achievements = achievements;
    this.messages = messages;
  }

  AchievementRecord record(Nominee nominee, Round round) {
    return nominee.kind() == NomineeKind.INDIVIDUAL
        ? achievements.ofPerson(nominee.personId(), round.periodFrom(), round.periodTo())
        : achievements.ofUnit(nominee.unitId(), round.periodFrom(), round.periodTo());
  }

  List<String> of(Nominee nominee, Round round) {
    AchievementRecord record = record(nominee, round);
    List<String> lines = new ArrayList<>();
    if (!record.initiatives().isEmpty()) {
      lines.add(line("nomination.cited.initiatives", record.initiatives().size(), round));
    }
    if (!record.prizes().isEmpty()) {
      lines.add(line("nomination.cited.prizes", record.prizes().size(), round));
    }
    return lines;
  }

  private String line(String key, int count, Round round) {
    return messages.getMessage(key, new Object[] {count, round.year()}, VIETNAMESE);
  }
}
