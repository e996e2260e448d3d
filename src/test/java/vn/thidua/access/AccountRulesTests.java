package vn.thidua.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import vn.thidua.shared.web.DomainException;

class AccountRulesTests {

  @Test
  void storesUsernamesTrimmedAndInLowerCase() {
    assertThat(AccountRules.username("  Nguyen.Van-A_1 ")).isEqualTo("nguyen.van-a_1");
  }

  @Test
  void rejectsUsernamesTooShortOrWithOtherCharacters() {
    assertRefused(() -> AccountRules.username("ab"), "user.username.invalid");
    assertRefused(() -> AccountRules.username("nguyễn"), "user.username.invalid");
    assertRefused(() -> AccountRules.username("a b c"), "user.username.invalid");
    assertRefused(() -> AccountRules.username("x".repeat(101)), "user.username.invalid");
    assertRefused(() -> AccountRules.username(null), "user.username.invalid");
  }

  @Test
  void acceptsPasswordsOfTenCharactersOrMore() {
    AccountRules.password("mười ký tự!", "someone");
    AccountRules.password("0123456789", "someone");
  }

  @Test
  void rejectsShortPasswords() {
    assertRefused(() -> AccountRules.password("123456789", "someone"), "user.password.tooShort");
    assertRefused(() -> AccountRules.password(null, "someone"), "user.password.tooShort");
  }

  @Test
  void rejectsPasswordsLongerThanBcryptReads() {
    assertRefused(() -> AccountRules.password("ố".repeat(25), "someone"), "user.password.tooLong");
  }

  @Test
  void rejectsThePasswordThatIsTheUsername() {
    assertRefused(
        () -> AccountRules.password("Nguyen.Van.A", "nguyen.van.a"),
        "user.password.sameAsUsername");
  }

  @Test
  void keepsAnEmptyEmailAsNoneAndRejectsAMalformedOne() {
    assertThat(AccountRules.email("  ")).isNull();
    assertThat(AccountRules.email(" a@congdoan.vn ")).isEqualTo("a@congdoan.vn");
    assertRefused(() -> AccountRules.email("not-an-address"), "user.email.invalid");
  }

  @Test
  void requiresAFullName() {
    assertThat(AccountRules.fullName("  Trần Thị B ")).isEqualTo("Trần Thị B");
    assertRefused(() -> AccountRules.fullName(" "), "user.fullName.invalid");
  }

  private static void assertRefused(Runnable call, String key) {
    assertThatThrownBy(call::run)
        .isInstanceOfSatisfying(
            DomainException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
  }
}
