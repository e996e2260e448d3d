package vn.thidua.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A level of the hierarchy, as data: national, province, district or ward, grassroots, team. */
@Entity
@Table(name = "unit_level")
class UnitLevel {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String code;
  private String name;
  private String nameEn;
  private int tier;
  private boolean grassroots;
  @Version private int version;

  protected UnitLevel() {}

  UnitLevel(String code, String name, String nameEn, int tier, boolean grassroots) {
    this.code = code;
    this.name = name;
    this.nameEn = nameEn;
    this.tier = tier;
    this.grassroots = grassroots;
  }

  void rename(String name, String nameEn, int tier, boolean grassroots) {
    this.name = name;
    this.nameEn = nameEn;
    this.tier = tier;
    this.grassroots = grassroots;
  }

  Long id() {
    return id;
  }

  String code() {
    return code;
  }

  String name() {
    return name;
  }

  String nameEn() {
    return nameEn;
  }

  int tier() {
    return tier;
  }

  boolean grassroots() {
    return grassroots;
  }

  int version() {
    return version;
  }
}
