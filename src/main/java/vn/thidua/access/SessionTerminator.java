package vn.thidua.access;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/** Ends a user's browser sessions once a change to their credentials has been committed. */
@Component
class SessionTerminator {

  private static final Logger log = LoggerFactory.getLogger(SessionTerminator.class);

  private final ObjectProvider<FindByIndexNameSessionRepository<?>> sessions;

  SessionTerminator(ObjectProvider<FindByIndexNameSessionRepository<?>> sessions) {
    this.sessions = sessions;
  }

  @TransactionalEventListener
  void on(CredentialsChanged change) {
    sessions.ifAvailable(
        repository -> {
          var ids = repository.findByPrincipalName(change.username()).keySet();
          ids.forEach(repository::deleteById);
          if (!ids.isEmpty()) {
            log.info("Ended {} session(s) of '{}'", ids.size(), change.username());
          }
        });
  }
}
