package vn.thidua.movement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.thidua.shared.security.Role;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

@IntegrationTest
class FinalRankingTests {

  @Autowired MovementWorld world;
  @Autowired Progress progress;
  @Autowired Scoreboard scoreboard;

  @Test
  void ranksTheUnitsOfAPhaseInTheirClusterAndSectorForProposingTheBest() {
    MovementWorld.Units units = world.units();
    MovementView movement =
        world.launched(
            units,
            "Phong trào xếp hạng " + UUID.randomUUID().toString().substring(0, 8),
            LocalDate.now().plusDays(20));
    MovementView.PhaseView first = movement.phases().get(0);
    report(movement, first, units.factoryA(), 10, 0, 1);
    report(movement, first, units.factoryB(), 5, 0, 1);
    report(movement, first, units.school(), 2, 1, 0);

    FinalRanking[] ranking = new FinalRanking[1];
    Users.runAs(
        Users.user(Role.VIEWER, units.district()),
        () -> ranking[0] = scoreboard.finalRanking(movement.id(), first.id()));

    assertThat(ranking[0].phaseNumber()).isEqualTo(1);
    assertThat(ranking[0].provisional()).isTrue();
    assertThat(ranking[0].units())
        .extracting(FinalRanking.RankedUnit::unitId)
        .containsExactly(units.factoryA(), units.factoryB(), units.school());
    FinalRanking.RankedUnit best = ranking[0].of(units.factoryA()).orElseThrow();
    assertThat(best.finalScore()).isEqualByComparingTo("100");
    assertThat(best.clusterRank()).isEqualTo(1);
    assertThat(best.sectorRank()).isEqualTo(1);
    FinalRanking.RankedUnit school = ranking[0].of(units.school()).orElseThrow();
    assertThat(school.clusterRank()).isNull();
    assertThat(school.sectorRank()).isEqualTo(1);
    assertThat(ranking[0].topOfEachCluster(1))
        .extracting(FinalRanking.RankedUnit::unitId)
        .containsExactly(units.factoryA());
    assertThat(ranking[0].topOfEachSector(1))
        .extracting(FinalRanking.RankedUnit::unitId)
        .containsExactly(units.factoryA(), units.school());
  }

  @Test
  void theYearsRankingIsThatOfItsLastPhase() {
    MovementWorld.Units units = world.units();
    MovementView movement =
        world.launched(
            units,
            "Phong trào năm " + UUID.randomUUID().toString().substring(0, 8),
            LocalDate.now().plusDays(20));
    MovementView.PhaseView last = movement.phases().get(1);

    @SuppressWarnings("unchecked")
    Optional<FinalRanking>[] years = new Optional[2];
    Users.runAs(
        Users.user(Role.OFFICER, units.district()),
        () -> {
          years[0] = scoreboard.finalRanking(movement.id(), last.endsOn().getYear());
          years[1] = scoreboard.finalRanking(movement.id(), 1999);
        });

    assertThat(years[0]).get().extracting(FinalRanking::phaseId).isEqualTo(last.id());
    assertThat(years[0].get().units()).hasSize(3);
    assertThat(years[1]).isEmpty();
  }

  @Test
  void includesTiesAmongTheTopOfACluster() {
    FinalRanking ranking =
        new FinalRanking(
            1,
            "Phong trào",
            2,
            2,
            LocalDate.of(2023, 12, 31),
            false,
            List.of(
                unit(10, 5L, 1, BigDecimal.valueOf(90), 1),
                unit(11, 5L, 1, BigDecimal.valueOf(90), 1),
                unit(12, 5L, 3, BigDecimal.valueOf(80), 3),
                unit(13, 6L, 1, BigDecimal.valueOf(70), 4)));

    assertThat(ranking.topOfEachCluster(1))
        .extracting(FinalRanking.RankedUnit::unitId)
        .containsExactly(10L, 11L, 13L);
    assertThat(ranking.topOfEachCluster(2)).hasSize(3);
  }

  private static FinalRanking.RankedUnit unit(
      long id, Long cluster, int clusterRank, BigDecimal score, int overall) {
    return new FinalRanking.RankedUnit(
        id,
        "Đơn vị " + id,
        cluster,
        "Cụm " + cluster,
        clusterRank,
        null,
        null,
        null,
        score,
        overall,
        0);
  }

  private void report(
      MovementView movement,
      MovementView.PhaseView phase,
      long unit,
      int initiatives,
      int accidents,
      int agreement) {
    List<MovementView.CriterionView> criteria = movement.criteria();
    Users.runAs(
        Users.user(Role.OFFICER, unit),
        () ->
            progress.report(
                movement.id(),
                phase.id(),
                unit,
                new ProgressDraft(
                    List.of(
                        new ProgressDraft.Value(
                            criteria.get(0).id(), BigDecimal.valueOf(initiatives), null),
                        new ProgressDraft.Value(
                            criteria.get(1).id(), BigDecimal.valueOf(accidents), null),
                        new ProgressDraft.Value(
                            criteria.get(2).id(), BigDecimal.valueOf(agreement), null)),
                    null)));
  }
}
