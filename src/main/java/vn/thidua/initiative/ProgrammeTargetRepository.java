package vn.thidua.initiative;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface ProgrammeTargetRepository extends JpaRepository<ProgrammeTarget, Long> {

  Optional<ProgrammeTarget> findByProgrammeIdAndUnitId(long programmeId, long unitId);

  List<ProgrammeTarget> findByProgrammeIdAndHandedById(long programmeId, long handedById);

  List<ProgrammeTarget> findByProgrammeIdAndUnitIdIn(long programmeId, Collection<Long> unitIds);
}
