package vn.thidua.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecretsTests {

  @Test
  void makesTokensOfThdAndFortyUrlSafeCharacters() {
    TokenSecret token = TokenSecret.generate();
    assertThat(token.value()).matches("thd_[A-Za-z0-9_-]{40}");
    assertThat(token.prefix()).hasSize(12).isEqualTo(token.value().substring(0, 12));
    assertThat(TokenSecret.looksLikeToken(token.value())).isTrue();
  }

  @Test
  void storesTheSha256OfATokenInHex() {
    assertThat(new TokenSecret("abc").hash())
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  }

  @Test
  void tellsGarbageFromATokenWithoutALookup() {
    assertThat(TokenSecret.looksLikeToken("thd_short")).isFalse();
    assertThat(TokenSecret.looksLikeToken("abc_" + "a".repeat(40))).isFalse();
    assertThat(TokenSecret.looksLikeToken(null)).isFalse();
  }

  @Test
  void neverShowsTheSecretWhenPrinted() {
    TokenSecret token = TokenSecret.generate();
    assertThat(token.toString()).doesNotContain(token.value());
  }

  @Test
  void generatesDifferentPasswordsThatPassThePasswordRules() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      String password = PasswordGenerator.generate();
      assertThat(password).hasSize(16).matches(".*[a-z].*").matches(".*[A-Z].*").matches(".*\\d.*");
      assertThat(password).doesNotContain("0", "O", "1", "l", "I");
      AccountRules.password(password, "admin");
      seen.add(password);
    }
    assertThat(seen).hasSize(200);
  }

  @Test
  void printsTheFirstAdministratorBannerInBothLanguages() {
    String banner = FirstAdministrator.banner("admin", "Secret2345abcdEF");
    assertThat(banner)
        .contains("TÀI KHOẢN QUẢN TRỊ ĐẦU TIÊN", "FIRST ADMINISTRATOR CREATED")
        .contains("admin", "Secret2345abcdEF");
  }
}
