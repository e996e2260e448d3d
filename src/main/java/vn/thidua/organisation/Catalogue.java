package vn.thidua.organisation;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * The hierarchy's data that administrators keep: levels (so that a reform can rename or add one
 * without a release), sectors, and the emulation clusters of each year.
 */
public interface Catalogue {

  List<LevelView> levels();

  long addLevel(LevelForm form);

  void changeLevel(long levelId, LevelForm form);

  List<SectorView> sectors();

  long addSector(SectorForm form);

  void changeSector(long sectorId, SectorForm form);

  List<ClusterView> clusters(long organiserId, int year);

  long addCluster(ClusterForm form);

  /** Adds a unit to a cluster; a unit belongs to at most one cluster a year. */
  void join(long clusterId, long unitId);

  void leave(long clusterId, long unitId);

  record LevelView(
      long id,
      String code,
      String name,
      String nameEn,
      int tier,
      boolean grassroots,
      int version) {}

  record LevelForm(
      @NotBlank @Pattern(regexp = "[A-Z0-9_]{2,40}") String code,
      @NotBlank @Size(max = 200) String name,
      @NotBlank @Size(max = 200) String nameEn,
      @Min(1) @Max(20) int tier,
      Boolean grassroots,
      int version) {}

  record SectorView(long id, String code, String name, String nameEn, int version) {}

  record SectorForm(
      @NotBlank @Pattern(regexp = "[A-Z0-9_]{2,40}") String code,
      @NotBlank @Size(max = 200) String name,
      @NotBlank @Size(max = 200) String nameEn,
      int version) {}

  record ClusterView(long id, String name, int year, long organiserId, List<UnitSummary> members) {}

  record ClusterForm(
      @NotBlank @Size(max = 300) String name,
      @Min(1945) @Max(2200) int year,
      @NotNull Long organiserId) {}
}
