package vn.thidua.audit;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.thidua.shared.events.EntityChanged;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.testing.Users;

/** Announces changes the way a module does: inside a transaction, as a signed-in user or not. */
public final class ChangeAnnouncer {

  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;

  public ChangeAnnouncer(
      ApplicationEventPublisher events, PlatformTransactionManager transactions) {
    this.events = events;
    this.transaction = new TransactionTemplate(transactions);
  }

  public void as(SignedInUser user, EntityChanged change) {
    Users.runAs(user, () -> bySystem(change));
  }

  /** As work that no person started, such as a scheduled job. */
  public void bySystem(EntityChanged change) {
    transaction.executeWithoutResult(status -> events.publishEvent(change));
  }
}
