package vn.thidua.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.annotations.DynamicUpdate;
import vn.thidua.shared.text.SearchText;
import vn.thidua.shared.web.DomainException;

/**
 * A node of the union hierarchy. Its current parent and path are kept here for fast scoping; its
 * places over time are in unit_placement, which moves whole subtrees in SQL; only changed columns
 * are written back so that an entity loaded before such a move never writes an old path.
 */
@Entity
@DynamicUpdate
@Table(name = "org_unit")
class OrgUnit {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String code;
  private String name;
  private String searchName;
  private Long levelId;
  private Long sectorId;
  private LocalDate foundedOn;
  private LocalDate endedOn;
  private Long parentId;
  private String path;
  @Version private int version;

  protected OrgUnit() {}

  OrgUnit(String code, String name, long levelId, Long sectorId, LocalDate foundedOn) {
    this.code = blankToNull(code);
    this.levelId = levelId;
    this.sectorId = sectorId;
    this.foundedOn = foundedOn;
    this.path = "";
    rename(name);
  }

  void rename(String name) {
    this.name = name.strip();
    this.searchName = SearchText.fold(name);
  }

  void describe(String code, String name, Long sectorId) {
    this.code = blankToNull(code);
    this.sectorId = sectorId;
    rename(name);
  }

  void placeUnder(Long parentId, String parentPath) {
    this.parentId = parentId;
    this.path = (parentPath == null ? "/" : parentPath) + id + "/";
  }

  void end(LocalDate date) {
    if (endedOn != null) {
      throw DomainException.invalid("unit.alreadyEnded", name);
    }
    if (!date.isAfter(foundedOn)) {
      throw DomainException.invalid("unit.endBeforeFounded", name);
    }
    this.endedOn = date;
  }

  boolean activeOn(LocalDate date) {
    return !foundedOn.isAfter(date) && (endedOn == null || endedOn.isAfter(date));
  }

  Long id() {
    return id;
  }

  String name() {
    return name;
  }

  String code() {
    return code;
  }

  Long levelId() {
    return levelId;
  }

  Long sectorId() {
    return sectorId;
  }

  Long parentId() {
    return parentId;
  }

  String path() {
    return path;
  }

  LocalDate foundedOn() {
    return foundedOn;
  }

  LocalDate endedOn() {
    return endedOn;
  }

  int version() {
    return version;
  }

  void setPath(String path, Long parentId) {
    this.path = path;
    this.parentId = parentId;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
