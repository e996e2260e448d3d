package vn.thidua.initiative;

/** The field an initiative improves (lĩnh vực), as the union's forms list them. */
public enum InitiativeField {
  TECHNOLOGY,
  PRODUCTION,
  MANAGEMENT,
  EDUCATION,
  HEALTH,
  AGRICULTURE,
  SAFETY,
  OTHER
}
