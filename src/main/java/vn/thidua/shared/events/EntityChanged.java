package vn.thidua.shared.events;

/**
 * Published by every module on every create, update, delete and state change, inside the same
 * transaction, so that the audit log and the change commit or roll back together.
 *
 * @param entityType the kind of record, e.g. "OrgUnit"
 * @param entityId its identifier
 * @param action what happened, e.g. "CREATE", "UPDATE", "MOVE", "DELETE"
 * @param unitId the unit the record belongs to, used to scope who may read the entry
 * @param before the state before (null on create), any value that serialises to JSON
 * @param after the state after (null on delete)
 */
public record EntityChanged(
    String entityType, String entityId, String action, Long unitId, Object before, Object after) {

  public static EntityChanged created(String type, Object id, Long unitId, Object after) {
    return new EntityChanged(type, String.valueOf(id), "CREATE", unitId, null, after);
  }

  public static EntityChanged updated(
      String type, Object id, Long unitId, Object before, Object after) {
    return new EntityChanged(type, String.valueOf(id), "UPDATE", unitId, before, after);
  }

  public static EntityChanged deleted(String type, Object id, Long unitId, Object before) {
    return new EntityChanged(type, String.valueOf(id), "DELETE", unitId, before, null);
  }

  public static EntityChanged action(
      String type, Object id, String action, Long unitId, Object before, Object after) {
    return new EntityChanged(type, String.valueOf(id), action, unitId, before, after);
  }
}
