package vn.thidua.movement;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.thidua.shared.events.EntityChanged;

/** Every change announced while the tests run, to check that each one is announced. */
@Component
class RecordedChanges {

  private final List<EntityChanged> changes = new CopyOnWriteArrayList<>();

  @EventListener
  void on(EntityChanged change) {
    changes.add(change);
  }

  List<String> actionsOn(String entityType, Object id) {
    return changes.stream()
        .filter(c -> c.entityType().equals(entityType) && c.entityId().equals(String.valueOf(id)))
        .map(EntityChanged::action)
        .toList();
  }
}
