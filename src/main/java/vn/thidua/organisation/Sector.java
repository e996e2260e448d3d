package vn.thidua.organisation;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A grouping of grassroots unions by kind (khối): schools, enterprises, public administration. */
@Entity
@Table(name = "sector")
class Sector {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String code;
  private String name;
  private String nameEn;
  @Version private int version;

  protected Sector() {}

  Sector(String code, String name, String nameEn) {
    this.code = code;
    this.name = name;
    this.nameEn = nameEn;
  }

  void rename(String name, String nameEn) {
    this.name = name;
    this.nameEn = nameEn;
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

  int version() {
    return version;
  }
}
