package vn.thidua.contest;

import jakarta.persistence.Embeddable;

/** A prize of a contest (Giải Nhất, Giải Nhì…) and how many positions it covers. */
@Embeddable
class PrizeTier {

  private String name;
  private int places;

  protected PrizeTier() {}

  PrizeTier(String name, int places) {
    this.name = name;
    this.places = places;
  }

  String name() {
    return name;
  }

  int places() {
    return places;
  }
}
