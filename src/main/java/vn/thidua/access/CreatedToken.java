package vn.thidua.access;

/** A token just created, with its secret: the one and only time the secret is shown. */
public record CreatedToken(TokenView token, String secret) {

  @Override
  public String toString() {
    return "CreatedToken[" + token + "]";
  }
}
