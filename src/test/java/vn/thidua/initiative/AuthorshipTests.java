package vn.thidua.initiative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuthorshipTests {

  static AuthorCandidate author(long id, String name, String share) {
    return new AuthorCandidate(
        id, name, 42, share == null ? null : new BigDecimal(share), null, true);
  }

  @Test
  void acceptsSharesThatAddUpToAHundred() {
    Authorship authorship =
        Authorship.check(
            List.of(
                author(1, "Nguyễn Văn An", "33.33"),
                author(2, "Trần Thị Bình", "33.33"),
                author(3, "Lê Văn Cường", "33.34")),
            null,
            "CĐCS");

    assertThat(authorship.people()).extracting(Author::fullName).hasSize(3);
    assertThat(authorship.names()).isEqualTo("Nguyễn Văn An Trần Thị Bình Lê Văn Cường");
  }

  @Test
  void refusesSharesThatDoNotAddUpToAHundred() {
    assertThatThrownBy(
            () ->
                Authorship.check(
                    List.of(author(1, "An", "60"), author(2, "Bình", "30")), null, "CĐCS"))
        .extracting("messageKey", "args")
        .containsExactly("initiative.authors.sum", new Object[] {"90"});
  }

  @Test
  void givesASingleAuthorTheWholeCreditWhenNoShareIsGiven() {
    Authorship authorship = Authorship.check(List.of(author(1, "An", null)), null, "CĐCS");

    assertThat(authorship.people().get(0).share()).isEqualByComparingTo("100");
  }

  @Test
  void refusesAMissingZeroOrExcessiveShare() {
    assertThatThrownBy(
            () ->
                Authorship.check(
                    List.of(author(1, "An", null), author(2, "Bình", "100")), null, "CĐCS"))
        .extracting("messageKey", "args")
        .containsExactly("initiative.authors.share", new Object[] {"An"});
    assertThatThrownBy(() -> Authorship.check(List.of(author(1, "An", "120")), null, "CĐCS"))
        .extracting("messageKey")
        .isEqualTo("initiative.authors.share");
    assertThatThrownBy(() -> Authorship.check(List.of(author(1, "An", "99.999")), null, "CĐCS"))
        .extracting("messageKey")
        .isEqualTo("initiative.authors.shareDecimals");
  }

  @Test
  void refusesAnAuthorFromOutsideTheUnitWithoutAReason() {
    AuthorCandidate outsider =
        new AuthorCandidate(9, "Phạm Văn Ngoài", 77, new BigDecimal("50"), " ", false);

    assertThatThrownBy(
            () -> Authorship.check(List.of(author(1, "An", "50"), outsider), null, "Công đoàn X"))
        .extracting("messageKey", "args")
        .containsExactly(
            "initiative.authors.outside", new Object[] {"Phạm Văn Ngoài", "Công đoàn X"});

    AuthorCandidate explained =
        new AuthorCandidate(
            9, "Phạm Văn Ngoài", 77, new BigDecimal("50"), "Kỹ sư biệt phái", false);
    assertThat(Authorship.check(List.of(author(1, "An", "50"), explained), null, "X").people())
        .extracting(Author::outsideReason)
        .containsExactly(null, "Kỹ sư biệt phái");
  }

  @Test
  void takesEitherPeopleOrAGroupButNotBoth() {
    assertThatThrownBy(() -> Authorship.check(List.of(), "  ", "X"))
        .extracting("messageKey")
        .isEqualTo("initiative.authors.none");
    assertThatThrownBy(() -> Authorship.check(List.of(author(1, "An", "100")), "Tổ máy", "X"))
        .extracting("messageKey")
        .isEqualTo("initiative.authors.both");
    assertThat(Authorship.check(List.of(), "  Tổ   cơ điện ", "X").group()).isEqualTo("Tổ cơ điện");
  }

  @Test
  void refusesTheSamePersonTwice() {
    assertThatThrownBy(
            () ->
                Authorship.check(List.of(author(1, "An", "50"), author(1, "An", "50")), null, "X"))
        .extracting("messageKey")
        .isEqualTo("initiative.authors.duplicate");
  }
}
