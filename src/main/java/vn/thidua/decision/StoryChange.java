package vn.thidua.decision;

/**
 * An officer's story and photo for an awardee of an issued decision.
 *
 * @param version the version of the story being edited; null for the first
 * @param photo the new photo (JPEG or PNG up to 2 MB), or null to keep the present one
 * @param removePhoto true to take the present photo down
 */
public record StoryChange(String story, Integer version, byte[] photo, boolean removePhoto) {}
