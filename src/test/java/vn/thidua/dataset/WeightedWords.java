package vn.thidua.dataset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.shared.text.SearchText;

/**
 * A list of words, each drawn with its weight in thousandths: as a thousand slots, slot {@code s}
 * holding the word a uniform draw {@code floor(r * 1000) = s} picks. The generator joins on the
 * slot instead of computing a weighted choice for every one of millions of rows.
 *
 * @param name the list's name in the generator's table of words
 * @param weights each word with its share in thousandths (they add up to 1,000); {@link #NONE}
 *     stands for no word (a missing job title)
 */
record WeightedWords(String name, Map<String, Integer> weights) {

  static final int SLOTS = 1000;
  static final String NONE = "-";

  WeightedWords {
    weights = new LinkedHashMap<>(weights);
    int total = weights.values().stream().mapToInt(Integer::intValue).sum();
    if (total != SLOTS) {
      throw new IllegalArgumentException(
          "the weights of " + name + " add up to " + total + ", not " + SLOTS);
    }
  }

  /** Words and weights as "word weight, word weight, ...". */
  static WeightedWords of(String name, String wordsAndWeights) {
    Map<String, Integer> weights = new LinkedHashMap<>();
    for (String entry : wordsAndWeights.split(",")) {
      String trimmed = entry.strip();
      int space = trimmed.lastIndexOf(' ');
      if (space < 1) {
        throw new IllegalArgumentException(name + ": '" + trimmed + "' is not \"word weight\"");
      }
      String word = trimmed.substring(0, space);
      int weight = Integer.parseInt(trimmed.substring(space + 1));
      if (weights.put(word, weight) != null) {
        throw new IllegalArgumentException(name + " names '" + word + "' twice");
      }
    }
    return new WeightedWords(name, weights);
  }

  /** One row per slot: the slot, the word (null for the empty word) and the word folded. */
  List<Slot> slots() {
    List<Slot> slots = new ArrayList<>(SLOTS);
    for (Map.Entry<String, Integer> entry : weights.entrySet()) {
      String word = entry.getKey().equals(NONE) ? null : entry.getKey();
      String folded = word == null ? null : SearchText.fold(word);
      for (int i = 0; i < entry.getValue(); i++) {
        slots.add(new Slot(slots.size(), word, folded));
      }
    }
    return slots;
  }

  record Slot(int slot, String word, String folded) {}
}
