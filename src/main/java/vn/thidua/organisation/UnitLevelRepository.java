package vn.thidua.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface UnitLevelRepository extends JpaRepository<UnitLevel, Long> {
  Optional<UnitLevel> findByCode(String code);

  List<UnitLevel> findAllByOrderByTierAscCodeAsc();
}
