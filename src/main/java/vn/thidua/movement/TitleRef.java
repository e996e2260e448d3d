package vn.thidua.movement;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A stored title: the honour's code, or for an old title that matched nothing in the catalogue only
 * its free text ({@code honourCode} null).
 */
@Embeddable
record TitleRef(
    @Column(name = "code") String code, @Column(name = "honour_code") String honourCode) {

  static TitleRef ofHonour(String honourCode) {
    return new TitleRef(honourCode, honourCode);
  }

  /** The honour's code, or the free text: what forms and the API send back. */
  String key() {
    return honourCode == null ? code : honourCode;
  }
}
