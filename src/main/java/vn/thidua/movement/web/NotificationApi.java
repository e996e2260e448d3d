package vn.thidua.movement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.movement.NotificationView;
import vn.thidua.movement.Notifications;
import vn.thidua.shared.web.Paged;

@RestController
@Tag(
    name = "Notifications",
    description =
        "Notifications to the units where you hold a role: a movement launched, a registration"
            + " reviewed, a registration or report deadline within a week")
class NotificationApi {

  private final Notifications notifications;

  NotificationApi(Notifications notifications) {
    this.notifications = notifications;
  }

  @GetMapping("/api/notifications")
  @Operation(summary = "Your notifications, newest first, each with whether you have read it")
  Paged<NotificationView> mine(
      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "25") int size) {
    return notifications.mine(page, size);
  }

  @PostMapping("/api/notifications/{notificationId}/read")
  @Operation(summary = "Mark a notification read")
  ResponseEntity<Void> markRead(@PathVariable long notificationId) {
    notifications.markRead(notificationId);
    return ResponseEntity.noContent().build();
  }

  @PostMapping("/api/notifications/read-all")
  @Operation(summary = "Mark all your notifications read")
  ResponseEntity<Void> markAllRead() {
    notifications.markAllRead();
    return ResponseEntity.noContent().build();
  }
}
