package vn.thidua.demo;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.thidua.access.Accounts;
import vn.thidua.access.NewUser;
import vn.thidua.shared.security.Grant;
import vn.thidua.shared.security.Role;

/** One demo login per role and level, all with one random password made at load time. */
@Component
class DemoAccounts {

  record Login(long userId, String username, String fullName, Role role, String unitName) {}

  private static final String ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
  private static final SecureRandom RANDOM = new SecureRandom();

  private final Accounts accounts;

  DemoAccounts(Accounts accounts) {
    this.accounts = accounts;
  }

  /** Creates the logins and returns them with the password they share. */
  Created create(DemoOrganisation.Units units, java.util.function.LongFunction<String> nameOf) {
    String password = randomPassword();
    List<Login> logins = new ArrayList<>();
    add(logins, password, "tld.canbo", "Trần Quốc Hưng", Role.OFFICER, units.national(), nameOf);
    add(logins, password, "tld.xem", "Lê Thu Hà", Role.VIEWER, units.national(), nameOf);
    add(logins, password, "hanoi.quantri", "Phạm Minh Tuấn", Role.ADMIN, units.hanoi(), nameOf);
    add(logins, password, "hanoi.canbo", "Nguyễn Thị Lan", Role.OFFICER, units.hanoi(), nameOf);
    add(
        logins,
        password,
        "hanoi.hoidong",
        "Vũ Đức Thắng",
        Role.COUNCIL_MEMBER,
        units.hanoi(),
        nameOf);
    add(logins, password, "hanoi.xem", "Đỗ Thị Hương", Role.VIEWER, units.hanoi(), nameOf);
    add(logins, password, "btl.canbo", "Hoàng Văn Nam", Role.OFFICER, units.bacTuLiem(), nameOf);
    add(
        logins,
        password,
        "btl.hoidong",
        "Bùi Thị Mai",
        Role.COUNCIL_MEMBER,
        units.bacTuLiem(),
        nameOf);
    add(
        logins,
        password,
        "btl.giamkhao",
        "Đào Văn Khang",
        Role.COUNCIL_MEMBER,
        units.bacTuLiem(),
        nameOf);
    add(
        logins,
        password,
        "dongngac.canbo",
        "Ngô Quang Huy",
        Role.OFFICER,
        units.wardUnions().get("Đông Ngạc"),
        nameOf);
    add(logins, password, "kcn.canbo", "Đặng Thị Ngọc", Role.OFFICER, units.zone(), nameOf);
    add(
        logins,
        password,
        "thdongngaca.canbo",
        "Phan Thị Thảo",
        Role.OFFICER,
        units.grassroots().get("Trường Tiểu học Đông Ngạc A"),
        nameOf);
    add(
        logins,
        password,
        "goldsun.canbo",
        "Lý Văn Sơn",
        Role.OFFICER,
        units.grassroots().get("Công ty Goldsun Việt Nam"),
        nameOf);
    return new Created(password, List.copyOf(logins));
  }

  record Created(String password, List<Login> logins) {

    /** The demo user with this username. */
    Login login(String username) {
      return logins.stream()
          .filter(login -> login.username().equals(username))
          .findFirst()
          .orElseThrow();
    }
  }

  private void add(
      List<Login> logins,
      String password,
      String username,
      String fullName,
      Role role,
      long unitId,
      java.util.function.LongFunction<String> nameOf) {
    long id =
        accounts.createUser(
            new NewUser(username, fullName, null, password, List.of(new Grant(role, unitId))));
    logins.add(new Login(id, username, fullName, role, nameOf.apply(unitId)));
  }

  private static String randomPassword() {
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 14; i++) {
      password.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
    }
    return password.toString();
  }
}
