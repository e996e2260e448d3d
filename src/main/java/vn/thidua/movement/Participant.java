package vn.thidua.movement;

/**
 * A unit taking part in a launched movement, with the sector and cluster it is ranked in as they
 * stood at launch.
 */
public record Participant(
    long unitId,
    String unitName,
    Long sectorId,
    String sectorName,
    Long clusterId,
    String clusterName,
    boolean pilot) {}
