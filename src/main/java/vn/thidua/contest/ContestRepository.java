package vn.thidua.contest;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface ContestRepository extends JpaRepository<Contest, Long> {

  /** Locks the contest, so that finishing counts every mark handed in before it. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select c from Contest c where c.id = :id")
  Optional<Contest> findForUpdate(@Param("id") long id);
}
