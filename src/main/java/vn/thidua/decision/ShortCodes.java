package vn.thidua.decision;

import java.security.SecureRandom;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Codes printed on certificates: random, ten characters from an alphabet without look-alikes (no
 * 0/O, 1/I/L, 5/S, 2/Z), so that a person can type one from paper.
 */
@Component
class ShortCodes {

  static final String ALPHABET = "346789ABCDEFGHJKMNPQRTUVWXY";
  static final int LENGTH = 10;

  private final SecureRandom random = new SecureRandom();
  private final JdbcClient jdbc;

  ShortCodes(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  String fresh() {
    while (true) {
      String code = random();
      boolean taken =
          jdbc.sql("select exists (select 1 from decision_line where short_code = :code)")
              .param("code", code)
              .query(Boolean.class)
              .single();
      if (!taken) {
        return code;
      }
    }
  }

  String random() {
    StringBuilder code = new StringBuilder(LENGTH);
    for (int i = 0; i < LENGTH; i++) {
      code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /** What a person typed, made comparable: upper case, no spaces or dashes. */
  static String normalise(String typed) {
    return typed == null ? "" : typed.toUpperCase().replaceAll("[\\s-]", "");
  }
}
