package vn.thidua.audit;

import java.time.OffsetDateTime;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * One recorded change: who, when, what, in which unit, and the record before and after it.
 *
 * @param occurredAt when, in Vietnam's time zone
 * @param unitId the unit the record belonged to, null for records outside the hierarchy
 * @param unitName that unit's current name
 * @param changes the fields that differ between before and after
 * @param unchangedFields how many fields stayed the same
 */
public record AuditEntry(
    long id,
    OffsetDateTime occurredAt,
    String actor,
    String action,
    String entityType,
    String entityId,
    Long unitId,
    String unitName,
    JsonNode before,
    JsonNode after,
    List<FieldChange> changes,
    int unchangedFields) {}
