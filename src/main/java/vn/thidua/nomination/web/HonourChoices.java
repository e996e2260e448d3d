package vn.thidua.nomination.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.thidua.honours.HonourGrade;
import vn.thidua.honours.HonourView;
import vn.thidua.honours.Honours;
import vn.thidua.nomination.HonourRef;

/** The honours of the catalogue as the forms offer them: one choice per grade. */
@Component
class HonourChoices {

  /** One grade of one honour, as a form value ("CNG/2") and its name. */
  record Choice(String value, String code, int grade, String label) {}

  private final Honours honours;

  HonourChoices(Honours honours) {
    this.honours = honours;
  }

  List<Choice> gradeChoices() {
    List<Choice> choices = new ArrayList<>();
    for (HonourView honour : honours.catalogue()) {
      for (HonourGrade grade : honour.grades()) {
        String label = honour.hasGrades() ? honour.name() + " – " + grade.name() : honour.name();
        choices.add(
            new Choice(honour.code() + "/" + grade.grade(), honour.code(), grade.grade(), label));
      }
    }
    return choices;
  }

  /** The choices a round offers, named. */
  List<Choice> of(List<HonourRef> refs) {
    Map<String, Choice> all = new LinkedHashMap<>();
    gradeChoices().forEach(choice -> all.put(choice.value(), choice));
    return refs.stream()
        .map(
            ref ->
                all.getOrDefault(
                    ref.code() + "/" + ref.grade(),
                    new Choice(
                        ref.code() + "/" + ref.grade(), ref.code(), ref.grade(), ref.code())))
        .toList();
  }

  /** Every honour's name by its code. */
  Map<String, String> names() {
    Map<String, String> names = new LinkedHashMap<>();
    honours.catalogue().forEach(honour -> names.put(honour.code(), honour.name()));
    return names;
  }
}
