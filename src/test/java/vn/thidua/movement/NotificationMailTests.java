package vn.thidua.movement;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class NotificationMailTests {

  final NotificationMail mails = new NotificationMail(messages(), "https://thidua.example.vn/");

  static ResourceBundleMessageSource messages() {
    ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
    messages.setBasename("messages");
    messages.setDefaultEncoding("UTF-8");
    messages.setFallbackToSystemLocale(false);
    return messages;
  }

  static NotificationView notification(
      NotificationKind kind, Long agreementId, RegistrationStatus outcome, String reason) {
    return new NotificationView(
        9,
        42,
        "Công đoàn Công ty May <A>",
        kind,
        agreementId == null ? 7L : null,
        agreementId == null ? "Lao động giỏi 2026" : null,
        agreementId,
        agreementId == null ? null : "Giao ước cụm số 1",
        null,
        null,
        outcome,
        reason,
        LocalDate.of(2026, 2, 15),
        Instant.parse("2026-01-10T02:00:00Z"),
        false);
  }

  @Test
  void writesALaunchInVietnameseWithTheLinkToTheRegistration() {
    NotificationMail.Composed mail =
        mails.compose(notification(NotificationKind.LAUNCHED, null, null, null));

    assertThat(mail.subject()).isEqualTo("[ThiĐua] Phát động phong trào “Lao động giỏi 2026”");
    assertThat(mail.text())
        .startsWith("Kính gửi cán bộ Công đoàn Công ty May <A>,")
        .contains("Phong trào “Lao động giỏi 2026” đã được phát động")
        .contains("hạn đăng ký thi đua 15/02/2026")
        .contains("Xem chi tiết: https://thidua.example.vn/movements/7/units/42/registration");
    assertThat(mail.html())
        .contains("Công đoàn Công ty May &lt;A&gt;")
        .contains("<a href=\"https://thidua.example.vn/movements/7/units/42/registration\">");
  }

  @Test
  void namesTheOutcomeAndTheReasonOfAReview() {
    NotificationMail.Composed mail =
        mails.compose(
            notification(
                NotificationKind.REGISTRATION_REVIEWED,
                null,
                RegistrationStatus.RETURNED,
                "Bổ sung chỉ tiêu an toàn"));

    assertThat(mail.text())
        .contains("Trả lại để sửa")
        .contains("Lý do")
        .contains("Bổ sung chỉ tiêu an toàn");
  }

  @Test
  void leadsAnAgreementsMembersToTheAgreement() {
    NotificationMail.Composed mail =
        mails.compose(notification(NotificationKind.AGREEMENT_OPENED, 5L, null, null));

    assertThat(mail.subject()).contains("Mời ký giao ước thi đua “Giao ước cụm số 1”");
    assertThat(mail.text()).contains("https://thidua.example.vn/agreements/5");
  }
}
