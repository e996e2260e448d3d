package vn.thidua.movement;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgressReportRepository extends JpaRepository<ProgressReport, Long> {

  Optional<ProgressReport> findByPhaseIdAndUnitId(long phaseId, long unitId);

  List<ProgressReport> findByPhaseId(long phaseId);
}
