package vn.thidua.achievement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.achievement.AchievementRecord;
import vn.thidua.achievement.Achievements;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.people.PeopleRegistry;

@RestController
@RequestMapping("/api/achievements")
@Tag(name = "Achievements", description = "Recognised initiatives and contest prizes in a period")
class AchievementApi {

  private final Achievements achievements;
  private final PeopleRegistry people;
  private final OrgUnits units;

  AchievementApi(Achievements achievements, PeopleRegistry people, OrgUnits units) {
    this.achievements = achievements;
    this.people = people;
    this.units = units;
  }

  @GetMapping("/people/{personId}")
  @Operation(summary = "A worker's recognised initiatives and contest prizes in a period")
  AchievementRecord ofPerson(
      @PathVariable long personId,
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to) {
    people.get(personId);
    return achievements.ofPerson(personId, from, to);
  }

  @GetMapping("/units/{unitId}")
  @Operation(
      summary =
          "The recognised initiatives and contest prizes of a unit and the units below it in a"
              + " period")
  AchievementRecord ofUnit(
      @PathVariable long unitId,
      @RequestParam(required = false) LocalDate from,
      @RequestParam(required = false) LocalDate to) {
    units.requireVisible(unitId);
    return achievements.ofUnit(unitId, from, to);
  }
}
