package vn.thidua.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Tells the person who started the demo how to sign in: on the console, and in a file beside the
 * embedded database (readable by its owner only) so that the logins survive a restart.
 */
@Component
class DemoLogins {

  private final Path file;

  DemoLogins(@Value("${thidua.demo.logins-file:data/demo-logins.txt}") String file) {
    this.file = Path.of(file);
  }

  void announce(DemoAccounts.Created created) {
    String text = text(created);
    write(text);
    System.out.print(text);
    System.out.flush();
  }

  void remind() {
    if (Files.exists(file)) {
      System.out.printf(
          "%nThiĐua demo: đăng nhập tại http://localhost:8080 — tài khoản demo trong %s"
              + " / demo logins are in %s%n%n",
          file.toAbsolutePath(), file.toAbsolutePath());
    }
  }

  private String text(DemoAccounts.Created created) {
    String rule = "=".repeat(78);
    List<String> lines = new ArrayList<>();
    lines.add("");
    lines.add(rule);
    lines.add(
        "  DỮ LIỆU DEMO THIĐUA – mở http://localhost:8080 và đăng nhập bằng một tài khoản dưới đây.");
    lines.add(
        "  THIĐUA DEMO DATA – open http://localhost:8080 and sign in with one of these logins.");
    lines.add("");
    lines.add("  Mật khẩu chung / shared password: " + created.password());
    lines.add("");
    for (DemoAccounts.Login login : created.logins()) {
      lines.add(
          String.format(
              "    %-20s %-15s %s", login.username(), login.role().name(), login.unitName()));
    }
    lines.add("");
    lines.add("  Danh sách này được lưu tại / saved in: " + file.toAbsolutePath());
    lines.add(rule);
    lines.add("");
    return String.join(System.lineSeparator(), lines) + System.lineSeparator();
  }

  private void write(String text) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, text, StandardCharsets.UTF_8);
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot save the demo logins to " + file, e);
    }
  }
}
