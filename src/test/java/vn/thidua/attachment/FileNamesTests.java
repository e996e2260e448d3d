package vn.thidua.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class FileNamesTests {

  @Test
  void keepsAVietnameseNameAsItIs() {
    assertThat(FileNames.safe("Biên bản nghiệm thu.pdf", FileType.PDF))
        .isEqualTo("Biên bản nghiệm thu.pdf");
  }

  @Test
  void composesADecomposedName() {
    String decomposed = Normalizer.normalize("Báo cáo.docx", Normalizer.Form.NFD);
    assertThat(FileNames.safe(decomposed, FileType.DOCX)).isEqualTo("Báo cáo.docx");
  }

  @Test
  void dropsTheFoldersAndTheCharactersWindowsRefuses() {
    assertThat(FileNames.safe("C:\\Users\\an\\..\\bao<cao>?.pdf", FileType.PDF))
        .isEqualTo("bao_cao__.pdf");
    assertThat(FileNames.safe("../../etc/passwd\u0000.pdf", FileType.PDF)).isEqualTo("passwd.pdf");
  }

  @Test
  void addsTheExtensionOfTheRecognisedType() {
    assertThat(FileNames.safe("anh-hien-truong.exe", FileType.PNG))
        .isEqualTo("anh-hien-truong.exe.png");
    assertThat(FileNames.safe("anh.JPEG", FileType.JPEG)).isEqualTo("anh.JPEG");
  }

  @Test
  void namesANamelessFile() {
    assertThat(FileNames.safe("  ..  ", FileType.XLSX)).isEqualTo("tep.xlsx");
    assertThat(FileNames.safe(null, FileType.PDF)).isEqualTo("tep.pdf");
  }

  @Test
  void shortensAVeryLongNameKeepingItsExtension() {
    String safe = FileNames.safe("a".repeat(400) + ".pdf", FileType.PDF);
    assertThat(safe).hasSize(FileNames.MAX_LENGTH).endsWith(".pdf");
  }
}
