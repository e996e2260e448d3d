package vn.thidua.shared.document;

import java.util.List;

/**
 * The foot of an administrative document: the recipients on the left ("Nơi nhận"), on the right the
 * organ signed for, the signer's position, room for the signature and seal, and the name.
 *
 * @param signsFor "TM. BAN THƯỜNG VỤ", or empty
 * @param signerName blank when the document is signed by hand
 */
public record Signature(
    List<String> recipients, String signsFor, String signerPosition, String signerName) {

  public Signature {
    recipients = List.copyOf(recipients);
  }
}
