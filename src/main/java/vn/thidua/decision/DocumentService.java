package vn.thidua.decision;

import java.util.List;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.shared.document.Letterhead;
import vn.thidua.shared.web.DomainException;

@Service
@Transactional(readOnly = true)
class DocumentService implements DecisionDocuments, Verifications {

  private final Decisions decisions;
  private final DecisionStore store;
  private final DecisionQueries queries;
  private final Letterheads letterheads;
  private final DecisionPdf pdf;
  private final DecisionDocx docx;
  private final CertificatePdf certificates;
  private final String publicUrl;

  DocumentService(
      Decisions decisions,
      DecisionStore store,
      DecisionQueries queries,
      Letterheads letterheads,
      DecisionPdf pdf,
      DecisionDocx docx,
      CertificatePdf certificates,
      @Value("${thidua.public-url:http://localhost:8080}") String publicUrl) {
    this.decisions = decisions;
    this.store = store;
    this.queries = queries;
    this.letterheads = letterheads;
    this.pdf = pdf;
    this.docx = docx;
    this.certificates = certificates;
    this.publicUrl =
        publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
  }

  @Override
  public DecisionFile pdf(long decisionId) {
    DecisionText text = text(decisions.get(decisionId));
    return new DecisionFile(fileName(text.decision(), "pdf"), DecisionFile.PDF, pdf.write(text));
  }

  @Override
  public DecisionFile docx(long decisionId) {
    DecisionText text = text(decisions.get(decisionId));
    return new DecisionFile(fileName(text.decision(), "docx"), DecisionFile.DOCX, docx.write(text));
  }

  @Override
  public Letterhead letterhead(long unitId) {
    return letterheads.of(unitId);
  }

  @Override
  public DecisionFile certificates(long decisionId) {
    DecisionView decision = decisions.get(decisionId);
    if (!decision.status().inForce()) {
      throw DomainException.invalid("decision.certificates.notInForce", decision.symbol());
    }
    if (decision.awardees().isEmpty()) {
      throw DomainException.invalid("decision.certificates.none", decision.symbol());
    }
    Letterhead letterhead = letterheads.of(decision.issuingUnitId());
    List<CertificateText> pages =
        decision.awardees().stream()
            .map(
                line ->
                    CertificateText.of(
                        decision, line, letterhead, publicUrl + "/verify/" + line.shortCode()))
            .toList();
    return new DecisionFile(
        "giay-khen-" + fileName(decision, "pdf"), DecisionFile.PDF, certificates.write(pages));
  }

  @Override
  public Optional<Verification> verify(String code) {
    String clean = ShortCodes.normalise(code);
    if (clean.length() != ShortCodes.LENGTH) {
      return Optional.empty();
    }
    return store
        .lineByCode(clean)
        .flatMap(
            line ->
                store
                    .decisionOfLine(line.id())
                    .flatMap(store::find)
                    .filter(decision -> decision.status() != DecisionStatus.DRAFT)
                    .map(decision -> verification(line, decision)));
  }

  private Verification verification(AwardeeLine line, DecisionRow decision) {
    Optional<DecisionRow> later =
        decision.supersededById() == null
            ? Optional.empty()
            : store.find(decision.supersededById());
    return new Verification(
        line.shortCode(),
        true,
        decision.status().inForce(),
        decision.status(),
        line.awardeeName(),
        line.workplaceName(),
        line.honourName(),
        decision.year(),
        decision.symbol(),
        decision.signedOn(),
        decision.issuingUnitName(),
        later.map(DecisionRow::symbol).orElse(null),
        later.map(DecisionRow::signedOn).orElse(null));
  }

  private DecisionText text(DecisionView decision) {
    // the earlier decision is read without the user's scope: the later one quotes it
    DecisionView target =
        decision.targetDecisionId() == null
            ? null
            : store.find(decision.targetDecisionId()).map(queries::view).orElse(null);
    return DecisionText.of(decision, letterheads.of(decision.issuingUnitId()), target);
  }

  /** "quyet-dinh-15-2021.pdf"; a draft "du-thao-quyet-dinh-42.pdf". */
  static String fileName(DecisionView decision, String extension) {
    if (decision.number() == null) {
      return "du-thao-quyet-dinh-" + decision.id() + "." + extension;
    }
    int year = decision.signedOn() == null ? decision.year() : decision.signedOn().getYear();
    return "quyet-dinh-" + decision.number() + "-" + year + "." + extension;
  }
}
