package vn.thidua.decision;

import vn.thidua.shared.document.Downloads;

/** A generated document to download. */
public record DecisionFile(String fileName, String contentType, byte[] content) {

  public static final String PDF = Downloads.PDF;
  public static final String DOCX = Downloads.DOCX;
}
