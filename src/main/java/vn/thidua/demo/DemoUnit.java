package vn.thidua.demo;

/** A grassroots union of the demo before it is created: its name, sector, ward and size. */
record DemoUnit(String name, String sectorCode, DemoNames.Ward ward, double weight) {}
