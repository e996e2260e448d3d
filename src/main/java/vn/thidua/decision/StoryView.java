package vn.thidua.decision;

/** An awardee's story as the officer edits it; version is null before the first save. */
public record StoryView(
    long decisionId,
    long lineId,
    String awardeeName,
    String story,
    boolean hasPhoto,
    Integer version) {}
