package vn.thidua.attachment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.unit.DataSize;
import vn.thidua.shared.security.Role;
import vn.thidua.shared.web.DomainException;
import vn.thidua.testing.Fixtures;
import vn.thidua.testing.IntegrationTest;
import vn.thidua.testing.Users;

@IntegrationTest
class AttachmentsTests {

  private static final int TWENTY_MB = 20 * 1024 * 1024;

  @Autowired Attachments attachments;
  @Autowired Fixtures fixtures;
  @Autowired JdbcClient jdbc;
  @Autowired Environment environment;

  @Test
  void storesAFileWithItsRecognisedTypeSizeAndDigest() throws Exception {
    long unit = fixtures.province("Tỉnh lưu tệp");
    byte[] pdf = SampleFiles.pdf();

    AttachmentRef ref =
        attachments.store("Biên bản.pdf", "text/html", new ByteArrayInputStream(pdf), unit);

    assertThat(ref.fileName()).isEqualTo("Biên bản.pdf");
    assertThat(ref.contentType()).isEqualTo("application/pdf");
    assertThat(ref.size()).isEqualTo(pdf.length);
    assertThat(ref.sha256())
        .isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
    assertThat(ref.ownerUnitId()).isEqualTo(unit);
    assertThat(ref.image()).isFalse();
    assertThat(attachments.describe(ref.id())).contains(ref);
    try (InputStream in = attachments.open(ref.id()).content()) {
      assertThat(in.readAllBytes()).isEqualTo(pdf);
    }
  }

  @Test
  void recordsWhoUploadedTheFileInTheAuditLog() {
    long unit = fixtures.province("Tỉnh nhật ký tệp");
    long[] id = new long[1];
    Users.runAs(
        Users.user(Role.OFFICER, unit),
        () ->
            id[0] =
                attachments
                    .store(
                        "anh.png", "image/png", new ByteArrayInputStream(SampleFiles.png()), unit)
                    .id());

    assertThat(attachments.describe(id[0]).orElseThrow().uploadedBy())
        .isEqualTo("test-officer-" + unit);
    assertThat(auditActions(id[0])).containsExactly("CREATE");
    attachments.delete(id[0]);
    assertThat(auditActions(id[0])).containsExactly("CREATE", "DELETE");
  }

  @Test
  void acceptsUploadsAsLargeAsTheStoreTakes() {
    assertThat(DataSize.parse(environment.getProperty("spring.servlet.multipart.max-file-size")))
        .isEqualTo(DataSize.parse(environment.getProperty("thidua.attachments.max-size")))
        .isEqualTo(DataSize.ofMegabytes(20));
  }

  @Test
  void refusesAnEmptyFile() {
    long unit = fixtures.province("Tỉnh tệp rỗng");
    assertRefused(() -> attachments.store("rong.pdf", "application/pdf", stream(new byte[0]), unit))
        .isEqualTo("attachment.empty");
  }

  @Test
  void refusesAFileOverTheLimitAndTakesOneAtIt() {
    long unit = fixtures.province("Tỉnh tệp lớn");
    byte[] atLimit = new byte[TWENTY_MB];
    byte[] pdf = SampleFiles.pdf();
    System.arraycopy(pdf, 0, atLimit, 0, pdf.length);
    byte[] overLimit = new byte[TWENTY_MB + 1];
    System.arraycopy(pdf, 0, overLimit, 0, pdf.length);

    assertRefused(() -> attachments.store("lon.pdf", null, stream(overLimit), unit))
        .isEqualTo("attachment.tooLarge");
    AttachmentRef ref = attachments.store("vua.pdf", null, stream(atLimit), unit);
    assertThat(ref.size()).isEqualTo(TWENTY_MB);
    attachments.delete(ref.id());
  }

  @Test
  void refusesAPageDeclaredAsAPdf() {
    long unit = fixtures.province("Tỉnh tệp giả");
    long before = count(unit);
    assertRefused(
            () ->
                attachments.store(
                    "baocao.pdf", "application/pdf", stream(SampleFiles.html()), unit))
        .isEqualTo("attachment.typeRefused");
    assertThat(count(unit)).isEqualTo(before);
  }

  @Test
  void describesSeveralFilesInTheOrderAsked() {
    long unit = fixtures.province("Tỉnh nhiều tệp");
    AttachmentRef first = attachments.store("a.xlsx", null, stream(SampleFiles.xlsx()), unit);
    AttachmentRef second = attachments.store("b.doc", null, stream(SampleFiles.doc()), unit);

    assertThat(attachments.describe(List.of(second.id(), -1L, first.id())))
        .extracting(AttachmentRef::fileName)
        .containsExactly("b.doc", "a.xlsx");
  }

  @Test
  void answersNotFoundForADeletedFile() {
    long unit = fixtures.province("Tỉnh xoá tệp");
    AttachmentRef ref = attachments.store("x.jpg", null, stream(SampleFiles.jpeg()), unit);
    attachments.delete(ref.id());
    attachments.delete(ref.id());

    assertThat(attachments.describe(ref.id())).isEmpty();
    assertThatThrownBy(() -> attachments.open(ref.id()))
        .isInstanceOfSatisfying(
            DomainException.class,
            e -> assertThat(e.kind()).isEqualTo(DomainException.Kind.NOT_FOUND));
  }

  private List<String> auditActions(long id) {
    return jdbc.sql(
            "select action from audit_event where entity_type = 'Attachment' and entity_id = :id"
                + " order by id")
        .param("id", String.valueOf(id))
        .query(String.class)
        .list();
  }

  private long count(long unit) {
    return jdbc.sql("select count(*) from attachment where owner_unit_id = :u")
        .param("u", unit)
        .query(Long.class)
        .single();
  }

  private static InputStream stream(byte[] bytes) {
    return new ByteArrayInputStream(bytes);
  }

  private static org.assertj.core.api.AbstractStringAssert<?> assertRefused(Runnable call) {
    try {
      call.run();
    } catch (DomainException e) {
      assertThat(e.kind()).isEqualTo(DomainException.Kind.INVALID);
      return assertThat(e.messageKey());
    }
    throw new AssertionError("expected a refusal");
  }
}
