package vn.thidua.movement;

import vn.thidua.shared.web.Paged;

/**
 * The signed-in user's notifications: those sent to the units where they hold a role (not the units
 * below them, whose officers get their own).
 */
public interface Notifications {

  /** Newest first. */
  Paged<NotificationView> mine(int page, int size);

  int unread();

  /**
   * Marks one read for this user and returns it; "not found" when it was not sent to one of their
   * units.
   */
  NotificationView markRead(long notificationId);

  void markAllRead();
}
