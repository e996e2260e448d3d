package vn.thidua.shared.web;

import java.time.LocalDate;
import java.util.Arrays;
import vn.thidua.shared.time.Dates;

/**
 * A refusal a user can act on. It carries a message key (resolved in the user's language) rather
 * than text, so the same refusal reads in Vietnamese or English.
 */
public class DomainException extends RuntimeException {

  public enum Kind {
    INVALID,
    NOT_FOUND,
    CONFLICT,
    FORBIDDEN
  }

  private final Kind kind;
  private final String messageKey;
  private final transient Object[] args;

  public DomainException(Kind kind, String messageKey, Object... args) {
    super(messageKey + Arrays.toString(args));
    this.kind = kind;
    this.messageKey = messageKey;
    this.args = Arrays.stream(args).map(DomainException::readable).toArray();
  }

  /** Dates read as dd/MM/yyyy in every message, whatever the language. */
  private static Object readable(Object arg) {
    return arg instanceof LocalDate date ? Dates.format(date) : arg;
  }

  public static DomainException invalid(String messageKey, Object... args) {
    return new DomainException(Kind.INVALID, messageKey, args);
  }

  public static DomainException notFound(String messageKey, Object... args) {
    return new DomainException(Kind.NOT_FOUND, messageKey, args);
  }

  public static DomainException conflict(String messageKey, Object... args) {
    return new DomainException(Kind.CONFLICT, messageKey, args);
  }

  public static DomainException forbidden(String messageKey, Object... args) {
    return new DomainException(Kind.FORBIDDEN, messageKey, args);
  }

  /** A refusal to let the user see or change a record, as opposed to a mistake in their input. */
  public boolean refusesAccess() {
    return kind == Kind.FORBIDDEN || kind == Kind.NOT_FOUND;
  }

  public Kind kind() {
    return kind;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] args() {
    return args.clone();
  }
}
