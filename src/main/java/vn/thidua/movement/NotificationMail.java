package vn.thidua.movement;

import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import vn.thidua.shared.time.Dates;

/**
 * The e-mail copy of a notification, in Vietnamese: a subject, a plain-text body and the same as
 * simple HTML, each with the link to the page the notification is about.
 */
@Component
class NotificationMail {

  static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

  private final MessageSource messages;
  private final String baseUrl;

  NotificationMail(
      MessageSource messages, @Value("${thidua.base-url:http://localhost:8080}") String baseUrl) {
    this.messages = messages;
    this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
  }

  record Composed(String subject, String text, String html) {}

  Composed compose(NotificationView notification) {
    String sentence = sentence(notification);
    String link = baseUrl + notification.path();
    String greeting = text("mail.greeting", notification.unitName());
    String reason =
        notification.reason() == null
            ? null
            : text("registration.reviewReason") + ": " + notification.reason();
    String signature = text("mail.signature");
    String open = text("mail.open");
    StringBuilder plain = new StringBuilder();
    plain.append(greeting).append("\n\n").append(sentence).append('\n');
    if (reason != null) {
      plain.append(reason).append('\n');
    }
    plain.append('\n').append(open).append(": ").append(link).append("\n\n-- \n").append(signature);
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"vi\"><body>");
    html.append("<p>").append(escape(greeting)).append("</p>");
    html.append("<p>").append(escape(sentence)).append("</p>");
    if (reason != null) {
      html.append("<p><em>").append(escape(reason)).append("</em></p>");
    }
    html.append("<p><a href=\"")
        .append(escape(link))
        .append("\">")
        .append(escape(open))
        .append("</a></p>");
    html.append("<p style=\"color:#555;font-size:small\">")
        .append(escape(signature))
        .append("</p></body></html>");
    return new Composed(
        text("mail.subject", sentenceTopic(notification)), plain.toString(), html.toString());
  }

  /** The notification as the inbox shows it. */
  private String sentence(NotificationView n) {
    String due = n.dueOn() == null ? "…" : Dates.format(n.dueOn());
    return switch (n.kind()) {
      case LAUNCHED -> text("notification.LAUNCHED", n.movementName(), due);
      case REGISTRATION_REVIEWED ->
          text(
              "notification.REGISTRATION_REVIEWED",
              n.movementName(),
              text("status.RegistrationStatus." + n.outcome()));
      case REGISTRATION_DUE -> text("notification.REGISTRATION_DUE", n.movementName(), due);
      case REPORT_DUE -> text("notification.REPORT_DUE", n.movementName(), n.phaseNumber(), due);
      case AGREEMENT_OPENED -> text("notification.AGREEMENT_OPENED", n.agreementTitle(), due);
    };
  }

  private String sentenceTopic(NotificationView n) {
    return text(
        "mail.topic." + n.kind().name(),
        n.agreementId() != null ? n.agreementTitle() : n.movementName());
  }

  private String text(String key, Object... args) {
    return messages.getMessage(key, args, key, VIETNAMESE);
  }

  private static String escape(String text) {
    return HtmlUtils.htmlEscape(text, "UTF-8");
  }
}
