package vn.thidua.dataset;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Where the generated units stand, worked out before anything touches the database so that the
 * distribution can be checked on its own. Provinces follow a Zipf-like curve (the big cities hold
 * far more grassroots unions than the mountain provinces); intermediate units grow with the square
 * root of a province's size; within a province, zone unions host more grassroots unions than
 * districts do. In every province about a third of the districts end on the reform day and each is
 * replaced by two ward unions.
 */
public final class CountryPlan {

  /** The level of an intermediate unit; the names are the codes in {@code unit_level}. */
  public enum Kind {
    DISTRICT,
    INDUSTRY,
    ZONE,
    WARD
  }

  /** A province, numbered from 1 in order of size. */
  public record Province(int number, String code, String name, int grassroots) {}

  /**
   * A unit directly above grassroots. Its number continues after the provinces'. A ward records
   * which district it replaces and its slot (0 or 1) among that district's two wards; a district,
   * industry or zone union hosts {@code grassroots} unions starting at {@code firstGrassroots}.
   */
  public record Intermediate(
      int number,
      int province,
      Kind kind,
      String code,
      String name,
      boolean reformed,
      int replaces,
      int wardSlot,
      int firstGrassroots,
      int grassroots) {}

  private static final double PROVINCE_SKEW = 0.8;
  private static final double INDUSTRY_SHARE = 0.08;
  private static final double ZONE_SHARE = 0.04;
  private static final int PROVINCES_WITH_ZONES = 12;
  private static final int WARDS_PER_REFORMED_DISTRICT = 2;

  /** The 34 provinces and cities since 2025, roughly from the most workers to the fewest. */
  private static final List<String> PLACES =
      List.of(
          "Thành phố Hồ Chí Minh",
          "thành phố Hà Nội",
          "tỉnh Đồng Nai",
          "tỉnh Bắc Ninh",
          "thành phố Hải Phòng",
          "tỉnh Hưng Yên",
          "tỉnh Thái Nguyên",
          "tỉnh Tây Ninh",
          "thành phố Đà Nẵng",
          "tỉnh Thanh Hóa",
          "tỉnh Nghệ An",
          "tỉnh Phú Thọ",
          "tỉnh Ninh Bình",
          "tỉnh Quảng Ninh",
          "thành phố Cần Thơ",
          "tỉnh An Giang",
          "tỉnh Vĩnh Long",
          "tỉnh Đồng Tháp",
          "tỉnh Khánh Hòa",
          "tỉnh Lâm Đồng",
          "tỉnh Gia Lai",
          "tỉnh Đắk Lắk",
          "tỉnh Quảng Ngãi",
          "thành phố Huế",
          "tỉnh Hà Tĩnh",
          "tỉnh Quảng Trị",
          "tỉnh Cà Mau",
          "tỉnh Tuyên Quang",
          "tỉnh Lào Cai",
          "tỉnh Sơn La",
          "tỉnh Lạng Sơn",
          "tỉnh Cao Bằng",
          "tỉnh Điện Biên",
          "tỉnh Lai Châu");

  private final List<Province> provinces = new ArrayList<>();
  private final List<Intermediate> intermediates = new ArrayList<>();

  private CountryPlan() {}

  public static CountryPlan of(DatasetSpec spec) {
    CountryPlan plan = new CountryPlan();
    plan.lay(spec);
    return plan;
  }

  public List<Province> provinces() {
    return List.copyOf(provinces);
  }

  public List<Intermediate> intermediates() {
    return List.copyOf(intermediates);
  }

  public Province largestProvince() {
    return provinces.stream().max(Comparator.comparingInt(Province::grassroots)).orElseThrow();
  }

  private void lay(DatasetSpec spec) {
    double[] sizes =
        IntStream.rangeClosed(1, spec.provinces())
            .mapToDouble(rank -> 1 / Math.pow(rank, PROVINCE_SKEW))
            .toArray();
    int[] grassroots = apportion(spec.grassroots(), sizes);
    int[] units = apportionAboveMinimum(spec.intermediates(), 3, sqrt(sizes));
    int nextNumber = spec.provinces() + 1;
    int nextGrassroots = 1;
    for (int p = 0; p < spec.provinces(); p++) {
      int number = p + 1;
      String place = p < PLACES.size() ? PLACES.get(p) : "tỉnh số " + number;
      provinces.add(
          new Province(
              number,
              spec.codePrefix() + "-P" + String.format("%02d", number),
              "Liên đoàn Lao động " + place,
              grassroots[p]));
      List<Intermediate> laid =
          layProvince(spec.codePrefix(), number, place, units[p], nextNumber, grassroots[p]);
      for (Intermediate unit : laid) {
        Intermediate numbered = withFirstGrassroots(unit, nextGrassroots);
        nextGrassroots += unit.grassroots();
        intermediates.add(numbered);
      }
      nextNumber += laid.size();
    }
  }

  private static List<Intermediate> layProvince(
      String prefix, int province, String place, int units, int firstNumber, int grassroots) {
    int industry = Math.max(1, (int) Math.round(units * INDUSTRY_SHARE));
    int zones =
        province <= PROVINCES_WITH_ZONES ? Math.max(1, (int) Math.round(units * ZONE_SHARE)) : 0;
    int rest = units - industry - zones;
    // A third of the districts are reformed: 3r districts and 2r wards fill 5r places.
    int reformed = (rest + 2) / (3 + WARDS_PER_REFORMED_DISTRICT);
    int districts = rest - WARDS_PER_REFORMED_DISTRICT * reformed;

    List<Kind> hostKinds = new ArrayList<>();
    List<Double> hostWeights = new ArrayList<>();
    for (int k = 0; k < districts; k++) {
      hostKinds.add(Kind.DISTRICT);
      hostWeights.add(1 + (k * 7919 % 10) / 10.0);
    }
    for (int k = 0; k < industry; k++) {
      hostKinds.add(Kind.INDUSTRY);
      hostWeights.add(1.5);
    }
    for (int k = 0; k < zones; k++) {
      hostKinds.add(Kind.ZONE);
      hostWeights.add(3.0);
    }
    int[] hosted =
        apportion(grassroots, hostWeights.stream().mapToDouble(Double::doubleValue).toArray());

    List<Intermediate> laid = new ArrayList<>();
    int[] ordinals = new int[Kind.values().length];
    int number = firstNumber;
    for (int h = 0; h < hostKinds.size(); h++) {
      Kind kind = hostKinds.get(h);
      boolean ends = kind == Kind.DISTRICT && h >= districts - reformed;
      int ordinal = ++ordinals[kind.ordinal()];
      laid.add(
          new Intermediate(
              number,
              province,
              kind,
              code(prefix, kind, number),
              name(kind, ordinal, place),
              ends,
              0,
              0,
              0,
              hosted[h]));
      number++;
    }
    for (Intermediate district : List.copyOf(laid)) {
      if (!district.reformed()) {
        continue;
      }
      for (int slot = 0; slot < WARDS_PER_REFORMED_DISTRICT; slot++) {
        int ordinal = ++ordinals[Kind.WARD.ordinal()];
        laid.add(
            new Intermediate(
                number,
                province,
                Kind.WARD,
                code(prefix, Kind.WARD, number),
                name(Kind.WARD, ordinal, place),
                false,
                district.number(),
                slot,
                0,
                0));
        number++;
      }
    }
    return laid;
  }

  private static String code(String prefix, Kind kind, int number) {
    return prefix + "-" + kind.name().charAt(0) + String.format("%04d", number);
  }

  private static String name(Kind kind, int ordinal, String place) {
    String title =
        switch (kind) {
          case DISTRICT -> "Liên đoàn Lao động quận, huyện số ";
          case INDUSTRY -> "Công đoàn ngành số ";
          case ZONE -> "Công đoàn các Khu công nghiệp số ";
          case WARD -> "Công đoàn phường, xã số ";
        };
    return title + ordinal + ", " + place;
  }

  private static Intermediate withFirstGrassroots(Intermediate unit, int first) {
    return new Intermediate(
        unit.number(),
        unit.province(),
        unit.kind(),
        unit.code(),
        unit.name(),
        unit.reformed(),
        unit.replaces(),
        unit.wardSlot(),
        unit.grassroots() == 0 ? 0 : first,
        unit.grassroots());
  }

  private static double[] sqrt(double[] values) {
    return Arrays.stream(values).map(Math::sqrt).toArray();
  }

  private static int[] apportionAboveMinimum(int total, int minimum, double[] weights) {
    int[] shares = apportion(total - minimum * weights.length, weights);
    return Arrays.stream(shares).map(share -> share + minimum).toArray();
  }

  /** Splits {@code total} in proportion to the weights, exactly (largest remainder method). */
  static int[] apportion(int total, double[] weights) {
    double sum = Arrays.stream(weights).sum();
    int[] shares = new int[weights.length];
    double[] remainders = new double[weights.length];
    int given = 0;
    for (int i = 0; i < weights.length; i++) {
      double exact = total * weights[i] / sum;
      shares[i] = (int) Math.floor(exact);
      remainders[i] = exact - shares[i];
      given += shares[i];
    }
    Integer[] byRemainder = IntStream.range(0, weights.length).boxed().toArray(Integer[]::new);
    Arrays.sort(byRemainder, Comparator.comparingDouble((Integer i) -> -remainders[i]));
    for (int i = 0; i < total - given; i++) {
      shares[byRemainder[i]]++;
    }
    return shares;
  }
}
