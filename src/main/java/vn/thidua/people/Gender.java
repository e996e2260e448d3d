package vn.thidua.people;

public enum Gender {
  MALE,
  FEMALE,
  OTHER
}
