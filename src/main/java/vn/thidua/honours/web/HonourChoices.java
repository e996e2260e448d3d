package vn.thidua.honours.web;

import java.util.ArrayList;
import java.util.List;
import vn.thidua.honours.HonourGrade;
import vn.thidua.honours.HonourView;
import vn.thidua.honours.Recipient;

/** The honours a kind of nominee can hold, one choice per grade, valued "CODE:grade". */
final class HonourChoices {

  /** One choice of an honour list. */
  record Choice(String value, String label) {}

  private HonourChoices() {}

  static List<Choice> of(List<HonourView> catalogue, Recipient recipient) {
    List<Choice> choices = new ArrayList<>();
    for (HonourView honour : catalogue) {
      if (honour.allows(recipient)) {
        for (HonourGrade grade : honour.grades()) {
          choices.add(new Choice(honour.code() + ":" + grade.grade(), grade.name()));
        }
      }
    }
    return choices;
  }
}
