package vn.thidua.initiative;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface InitiativeRepository extends JpaRepository<Initiative, Long> {

  /** Locks the initiative so that a decision counts every sheet handed in before it. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select i from Initiative i where i.id = :id")
  Optional<Initiative> findForUpdate(@Param("id") long id);
}
