package vn.thidua.audit.web;

import java.util.Map;
import java.util.UUID;
import vn.thidua.audit.ChangeAnnouncer;
import vn.thidua.shared.events.EntityChanged;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.security.SignedInUser;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.Users;

/**
 * Three changes to records of a kind no other test uses, made in this order: a grassroots union's
 * record in one province (by its officer), a record in another province, and a record that belongs
 * to no unit (by the system).
 */
record AuditScenario(
    String entityType,
    long province,
    long grassroots,
    long otherProvince,
    SignedInUser officer,
    SignedInUser otherOfficer) {

  static AuditScenario recordedWith(Fixtures fixtures, ChangeAnnouncer announce) {
    String type = "Probe" + UUID.randomUUID().toString().substring(0, 8);
    long province = fixtures.province("Tỉnh nhật ký");
    long grassroots = fixtures.grassroots(province, "CĐCS nhật ký");
    long otherProvince = fixtures.province("Tỉnh khác");
    SignedInUser officer = Users.user(Role.OFFICER, province);
    SignedInUser otherOfficer = Users.user(Role.OFFICER, otherProvince);
    announce.as(
        officer,
        EntityChanged.updated(
            type,
            "in-grassroots",
            grassroots,
            Map.of("name", "Tên cũ", "members", 40),
            Map.of("name", "Tên mới", "members", 40)));
    announce.as(
        otherOfficer,
        EntityChanged.created(type, "in-other-province", otherProvince, Map.of("name", "Khác")));
    announce.bySystem(EntityChanged.created(type, "without-unit", null, Map.of("name", "Chung")));
    return new AuditScenario(type, province, grassroots, otherProvince, officer, otherOfficer);
  }
}
