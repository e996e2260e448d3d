package vn.thidua.movement;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface RegistrationRepository extends JpaRepository<Registration, Long> {

  Optional<Registration> findByMovementIdAndUnitId(long movementId, long unitId);
}
