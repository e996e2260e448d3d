package vn.thidua.movement;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.thidua.honours.HonourView;
import vn.thidua.honours.Honours;
import vn.thidua.honours.Recipient;
import vn.thidua.shared.web.DomainException;

/** The honours catalogue as the titles movements lead to and registrations aim at. */
@Component
class TitleCatalogue {

  private final Honours honours;

  TitleCatalogue(Honours honours) {
    this.honours = honours;
  }

  /** The active honours an organiser may choose from. */
  List<AimedTitle> choices() {
    return honours.catalogue().stream().map(TitleCatalogue::aimed).toList();
  }

  /** Refuses a code that is not an active honour of the catalogue. */
  void requireChoosable(List<String> codes) {
    for (String code : codes) {
      if (code == null || code.isBlank()) {
        continue;
      }
      boolean active = honours.find(code.strip()).map(HonourView::active).orElse(false);
      if (!active) {
        throw DomainException.invalid("movement.unknownTitle", code);
      }
    }
  }

  AimedTitle describe(TitleRef title) {
    if (title.honourCode() == null) {
      return AimedTitle.free(title.code());
    }
    return honours
        .find(title.honourCode())
        .map(TitleCatalogue::aimed)
        .orElseGet(() -> AimedTitle.free(title.code()));
  }

  List<AimedTitle> describe(List<TitleRef> titles) {
    return titles.stream().map(this::describe).toList();
  }

  private static AimedTitle aimed(HonourView honour) {
    return new AimedTitle(
        honour.code(),
        honour.name(),
        true,
        honour.allows(Recipient.INDIVIDUAL),
        honour.allows(Recipient.COLLECTIVE));
  }
}
