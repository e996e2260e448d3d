package vn.thidua.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ApportionTests {

  @Test
  void sharesExactlyTheWhole() {
    int[] parts = Apportion.byWeight(9_815, new double[] {1, 2, 3, 7, 11});
    assertThat(Arrays.stream(parts).sum()).isEqualTo(9_815);
    assertThat(parts[4]).isGreaterThan(parts[3]);
  }

  @Test
  void givesTheRemainderToTheLargestFractions() {
    assertThat(Apportion.byWeight(10, new double[] {1, 1, 1})).containsExactly(4, 3, 3);
  }

  @Test
  void bacTuLiemHas248UniquelyNamedUnitsInThreeSectors() {
    List<DemoUnit> units = BacTuLiem.grassrootsUnits();
    assertThat(units).hasSize(248);
    assertThat(units.stream().map(DemoUnit::name).distinct()).hasSize(248);
    assertThat(units.stream().map(DemoUnit::sectorCode).distinct())
        .containsExactlyInAnyOrder("TH", "HCSN", "DN");
  }
}
