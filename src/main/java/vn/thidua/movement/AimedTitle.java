package vn.thidua.movement;

/**
 * A title a movement leads to or a registration aims at, as pages and the API show it. Titles refer
 * to the honours catalogue by its code; a free title of an old movement that matched nothing in the
 * catalogue is shown as it was typed and can no longer be chosen ({@code catalogued} false).
 *
 * @param code the honour's code, or the free text of an old title
 * @param name the honour's name, or the free text
 */
public record AimedTitle(
    String code, String name, boolean catalogued, boolean forIndividuals, boolean forCollectives) {

  static AimedTitle free(String text) {
    return new AimedTitle(text, text, false, false, false);
  }
}
