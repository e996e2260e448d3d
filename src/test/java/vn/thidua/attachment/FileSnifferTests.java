package vn.thidua.attachment;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class FileSnifferTests {

  @Test
  void recognisesEveryAcceptedTypeFromItsContent() {
    assertThat(FileSniffer.sniff(SampleFiles.pdf())).contains(FileType.PDF);
    assertThat(FileSniffer.sniff(SampleFiles.jpeg())).contains(FileType.JPEG);
    assertThat(FileSniffer.sniff(SampleFiles.png())).contains(FileType.PNG);
    assertThat(FileSniffer.sniff(SampleFiles.docx())).contains(FileType.DOCX);
    assertThat(FileSniffer.sniff(SampleFiles.xlsx())).contains(FileType.XLSX);
    assertThat(FileSniffer.sniff(SampleFiles.doc())).contains(FileType.DOC);
    assertThat(FileSniffer.sniff(SampleFiles.xls())).contains(FileType.XLS);
  }

  @Test
  void refusesAZipThatIsNotAWordOrExcelDocument() {
    assertThat(FileSniffer.sniff(SampleFiles.zipOfText())).isEmpty();
    assertThat(FileSniffer.sniff(SampleFiles.docm())).isEmpty();
  }

  @Test
  void refusesACompoundFileThatIsNeitherWordNorExcel() {
    assertThat(FileSniffer.sniff(SampleFiles.otherCompound())).isEmpty();
  }

  @Test
  void refusesScriptsAndTextWhateverTheyClaimToBe() {
    assertThat(FileSniffer.sniff(SampleFiles.html())).isEmpty();
    assertThat(FileSniffer.sniff("MZ\u0090\u0000".getBytes(StandardCharsets.ISO_8859_1))).isEmpty();
    assertThat(FileSniffer.sniff(new byte[0])).isEmpty();
  }

  @Test
  void refusesATruncatedZip() {
    byte[] docx = SampleFiles.docx();
    byte[] head = java.util.Arrays.copyOf(docx, 12);
    assertThat(FileSniffer.sniff(head)).isEmpty();
  }

  @Test
  void refusesATruncatedCompoundFile() {
    byte[] head = java.util.Arrays.copyOf(SampleFiles.xls(), 20);
    assertThat(FileSniffer.sniff(head)).isEmpty();
  }
}
