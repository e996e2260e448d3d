package vn.thidua.organisation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface SectorRepository extends JpaRepository<Sector, Long> {
  Optional<Sector> findByCode(String code);

  List<Sector> findAllByOrderByCodeAsc();
}
