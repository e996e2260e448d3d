package vn.thidua.movement;

import java.util.List;

/** Published when a movement is launched, after its participants are recorded. */
public record MovementLaunched(
    long movementId, String name, long organiserId, List<Long> participantIds) {

  public MovementLaunched {
    participantIds = List.copyOf(participantIds);
  }
}
