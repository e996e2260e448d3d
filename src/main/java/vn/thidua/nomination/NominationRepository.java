package vn.thidua.nomination;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface NominationRepository extends JpaRepository<Nomination, Long> {

  List<Nomination> findByRoundIdAndStateOrderById(long roundId, NominationState state);
}
