package vn.thidua.movement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ScoreAdjustmentRepository extends JpaRepository<ScoreAdjustment, Long> {

  Optional<ScoreAdjustment> findByPhaseIdAndUnitId(long phaseId, long unitId);

  List<ScoreAdjustment> findByPhaseId(long phaseId);
}
