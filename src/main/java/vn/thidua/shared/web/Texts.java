package vn.thidua.shared.web;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/** Message texts in the user's language, for page controllers that show a refusal in a form. */
@Component
public class Texts {

  private final MessageSource messages;

  Texts(MessageSource messages) {
    this.messages = messages;
  }

  public String get(String key, Object... args) {
    return messages.getMessage(key, args, key, LocaleContextHolder.getLocale());
  }

  /**
   * The message a user reads in a form for a mistake in their input or a concurrent edit. A refusal
   * of access is not a form error: it is thrown on, to answer 403 or 404.
   */
  public String of(RuntimeException e) {
    if (e instanceof DomainException domain && !domain.refusesAccess()) {
      return get(domain.messageKey(), domain.args());
    }
    if (e instanceof OptimisticLockingFailureException) {
      return get("error.concurrentEdit");
    }
    throw e;
  }
}
