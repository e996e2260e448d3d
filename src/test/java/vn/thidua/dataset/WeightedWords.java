package vn.thidua.dataset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.thidua.shared.text.SearchText;

/**
 * A list of words, each drawn with its weight in thousandths: as a thousand slots, slot {@code s}
 * holding the word that a uniform draw with {@code floor(r * 1000) = s} picks. The generator looks
 * the slot up in two arrays instead of computing a weighted choice for every one of millions of
 * rows.
 *
 * @param name the list's name, usable as a SQL parameter name
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

  /** The words in their order, null for {@link #NONE}. */
  List<String> words() {
    return weights.keySet().stream().map(w -> w.equals(NONE) ? null : w).toList();
  }

  /** The words folded for searching, in the same order. */
  List<String> foldedWords() {
    return words().stream().map(w -> w == null ? null : SearchText.fold(w)).toList();
  }

  /** For each of the thousand slots, the position (from 1, as in SQL) of its word. */
  List<Integer> slots() {
    List<Integer> slots = new ArrayList<>(SLOTS);
    int position = 1;
    for (int weight : weights.values()) {
      for (int i = 0; i < weight; i++) {
        slots.add(position);
      }
      position++;
    }
    return slots;
  }
}
