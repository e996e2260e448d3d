package vn.thidua.decision;

/** A generated document to download. */
public record DecisionFile(String fileName, String contentType, byte[] content) {

  public static final String PDF = "application/pdf";
  public static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
}
