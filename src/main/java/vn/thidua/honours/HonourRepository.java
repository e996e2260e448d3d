package vn.thidua.honours;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface HonourRepository extends JpaRepository<Honour, Long> {

  Optional<Honour> findByCode(String code);

  List<Honour> findByActiveTrue();
}
