package vn.thidua.movement.web;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.thidua.movement.Notifications;

/** The user's notifications, and their number in the menu. */
@Controller
class NotificationPages {

  private final Notifications notifications;

  NotificationPages(Notifications notifications) {
    this.notifications = notifications;
  }

  @GetMapping("/notifications")
  String list(@RequestParam(defaultValue = "0") int page, Model model) {
    model.addAttribute("notifications", notifications.mine(page, 25));
    return "movement/notifications";
  }

  /** The number of unread notifications, for the menu. */
  @GetMapping("/notifications/count")
  String count(Model model) {
    model.addAttribute("unread", notifications.unread());
    return "movement/notification-count :: count";
  }

  /** Marks the notification read and opens what it is about. */
  @PostMapping("/notifications/{notificationId}/read")
  String open(@PathVariable long notificationId) {
    return "redirect:" + notifications.markRead(notificationId).path();
  }

  @PostMapping("/notifications/read-all")
  String readAll() {
    notifications.markAllRead();
    return "redirect:/notifications";
  }
}
