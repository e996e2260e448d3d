package vn.thidua.dataset;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.thidua.dataset.CountryPlan.Intermediate;
import vn.thidua.dataset.CountryPlan.Kind;
import vn.thidua.dataset.CountryPlan.Province;

class CountryPlanTests {

  private final CountryPlan national = CountryPlan.of(DatasetSpec.national());

  @Test
  void laysOutTheRequestedNumbersOfUnitsExactly() {
    assertThat(national.provinces()).hasSize(34);
    assertThat(national.intermediates()).hasSize(1_250);
    assertThat(national.provinces().stream().mapToInt(Province::grassroots).sum())
        .isEqualTo(130_000);
    assertThat(national.intermediates().stream().mapToInt(Intermediate::grassroots).sum())
        .isEqualTo(130_000);
  }

  @Test
  void givesBigCitiesFarMoreGrassrootsUnionsThanSmallProvinces() {
    List<Province> provinces = national.provinces();
    assertThat(provinces)
        .isSortedAccordingTo(Comparator.comparingInt(Province::grassroots).reversed());
    assertThat(provinces.get(0).name()).isEqualTo("Liên đoàn Lao động Thành phố Hồ Chí Minh");
    assertThat(provinces.get(0).grassroots()).isGreaterThan(10 * provinces.get(33).grassroots());
    assertThat(national.largestProvince()).isEqualTo(provinces.get(0));
  }

  @Test
  void reformsAboutAThirdOfTheDistrictsIntoTwoWardsEach() {
    List<Intermediate> districts = ofKind(Kind.DISTRICT);
    long reformed = districts.stream().filter(Intermediate::reformed).count();
    assertThat((double) reformed / districts.size()).isBetween(0.28, 0.40);
    List<Intermediate> wards = ofKind(Kind.WARD);
    assertThat(wards).hasSize((int) (2 * reformed));
    for (Intermediate ward : wards) {
      Intermediate district = byNumber(ward.replaces());
      assertThat(district.reformed()).isTrue();
      assertThat(district.province()).isEqualTo(ward.province());
      assertThat(ward.grassroots()).isZero();
    }
    assertThat(ofKind(Kind.INDUSTRY)).isNotEmpty();
    assertThat(ofKind(Kind.ZONE)).isNotEmpty();
  }

  @Test
  void numbersTheGrassrootsUnionsInOneUnbrokenRange() {
    int next = 1;
    for (Intermediate host : national.intermediates()) {
      if (host.grassroots() > 0) {
        assertThat(host.firstGrassroots()).isEqualTo(next);
        next += host.grassroots();
      }
    }
    assertThat(next).isEqualTo(130_001);
  }

  @Test
  void keepsEveryCodeDistinct() {
    long codes =
        national.intermediates().stream().map(Intermediate::code).distinct().count()
            + national.provinces().stream().map(Province::code).distinct().count();
    assertThat(codes).isEqualTo(1_250 + 34);
  }

  @Test
  void apportionsATotalExactlyInProportion() {
    assertThat(CountryPlan.apportion(10, new double[] {1, 1, 1})).containsExactly(4, 3, 3);
    assertThat(CountryPlan.apportion(7, new double[] {5, 2})).containsExactly(5, 2);
  }

  @Test
  void laysOutATinyCountryWithEveryKindOfUnit() {
    CountryPlan tiny = CountryPlan.of(new DatasetSpec("T", 2, 12, 50, 5_000, false));
    assertThat(tiny.intermediates()).hasSize(12);
    assertThat(tiny.intermediates())
        .extracting(Intermediate::kind)
        .contains(Kind.DISTRICT, Kind.INDUSTRY, Kind.ZONE, Kind.WARD);
    assertThat(tiny.provinces()).extracting(Province::grassroots).containsExactly(32, 18);
  }

  private List<Intermediate> ofKind(Kind kind) {
    return national.intermediates().stream().filter(unit -> unit.kind() == kind).toList();
  }

  private Intermediate byNumber(int number) {
    return national.intermediates().stream()
        .filter(unit -> unit.number() == number)
        .findFirst()
        .orElseThrow();
  }
}
