package vn.thidua.nomination.web;

import static vn.thidua.shared.document.AdministrativePdf.centred;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.thidua.nomination.Minutes;
import vn.thidua.nomination.RoundView;
import vn.thidua.nomination.Threshold;
import vn.thidua.shared.document.AdministrativePdf;
import vn.thidua.shared.document.Letterhead;
import vn.thidua.shared.document.PdfFonts;
import vn.thidua.shared.time.Dates;

/**
 * The council's minutes as an A4 PDF in the administrative layout of the unit's decisions: the
 * heading, the title, the members present, the threshold, the votes on each nominee with the
 * result, and the signatures of the secretary and the chair. Always in Vietnamese, as the record it
 * is.
 */
@Component
class MinutesPdf {

  private static final Locale VIETNAMESE = Locale.forLanguageTag("vi");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
  private static final float BODY = 13f;
  private static final float MM = AdministrativePdf.MM;

  private final AdministrativePdf layout;
  private final PdfFonts fonts;
  private final MessageSource messages;

  MinutesPdf(AdministrativePdf layout, MessageSource messages) {
    this.layout = layout;
    this.fonts = layout.fonts();
    this.messages = messages;
  }

  byte[] write(Minutes minutes, Letterhead letterhead) {
    RoundView round = minutes.round();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    String title = text("nomination.minutes.heading");
    Document document = layout.open(out, title + " – " + round.name(), title);
    LocalDate day = minutes.at().atZone(Dates.VIETNAM).toLocalDate();
    document.add(layout.heading(letterhead, "", letterhead.placeAndDate(day)));
    document.add(centred(title.toUpperCase(VIETNAMESE), fonts.bold(14), 18));
    document.add(centred(round.name(), fonts.bold(BODY), 2));
    document.add(
        centred(
            text("nomination.minutes.at", TIME.format(minutes.at().atZone(Dates.VIETNAM))),
            fonts.italic(12),
            2));
    document.add(
        paragraph(text("nomination.minutes.members", minutes.members().size()), fonts.bold(BODY)));
    for (int i = 0; i < minutes.members().size(); i++) {
      document.add(paragraph((i + 1) + ". " + minutes.members().get(i), fonts.regular(BODY)));
    }
    document.add(
        paragraph(text("nomination.minutes.threshold", threshold(round)), fonts.regular(BODY)));
    document.add(votes(minutes.lines()));
    long passing = minutes.lines().stream().filter(Minutes.Line::passes).count();
    document.add(
        paragraph(
            text("nomination.minutes.summary", passing, minutes.lines().size()),
            fonts.regular(BODY)));
    document.add(signatures());
    document.close();
    return out.toByteArray();
  }

  private PdfPTable votes(List<Minutes.Line> lines) {
    PdfPTable table = new PdfPTable(new float[] {5, 20, 21, 11, 10, 11, 11, 11});
    table.setWidthPercentage(100);
    table.setSpacingBefore(8);
    table.setHeaderRows(1);
    List<String> headings =
        List.of(
            "TT",
            text("nomination.label.nominee"),
            text("nomination.label.proposingUnit"),
            text("nomination.label.honour"),
            text("nomination.vote.AGREE"),
            text("nomination.vote.DISAGREE"),
            text("nomination.vote.ABSTAIN"),
            text("nomination.minutes.result"));
    for (String heading : headings) {
      table.addCell(cell(heading, fonts.bold(9.5f), Element.ALIGN_CENTER));
    }
    int position = 0;
    for (Minutes.Line line : lines) {
      position++;
      table.addCell(cell(Integer.toString(position), fonts.regular(9.5f), Element.ALIGN_CENTER));
      table.addCell(cell(line.nomineeName(), fonts.regular(9.5f), Element.ALIGN_LEFT));
      table.addCell(cell(line.proposingUnitName(), fonts.regular(9.5f), Element.ALIGN_LEFT));
      table.addCell(
          cell(
              line.honour().code() + " (" + text("nomination.grade", line.honour().grade()) + ")",
              fonts.regular(9.5f),
              Element.ALIGN_LEFT));
      for (int votes :
          new int[] {line.tally().agree(), line.tally().disagree(), line.tally().abstain()}) {
        table.addCell(cell(Integer.toString(votes), fonts.regular(9.5f), Element.ALIGN_RIGHT));
      }
      table.addCell(
          cell(
              text(line.passes() ? "nomination.minutes.passes" : "nomination.minutes.fails"),
              fonts.regular(9.5f),
              Element.ALIGN_LEFT));
    }
    if (lines.isEmpty()) {
      PdfPCell none = cell(text("nomination.minutes.none"), fonts.italic(11), Element.ALIGN_LEFT);
      none.setColspan(headings.size());
      table.addCell(none);
    }
    return table;
  }

  private PdfPTable signatures() {
    PdfPTable table = new PdfPTable(new float[] {50, 50});
    table.setWidthPercentage(100);
    table.setSpacingBefore(18);
    table.setKeepTogether(true);
    for (String key : List.of("nomination.minutes.secretary", "nomination.minutes.chair")) {
      PdfPCell signer = AdministrativePdf.borderless();
      signer.addElement(centred(text(key).toUpperCase(VIETNAMESE), fonts.bold(BODY), 0));
      signer.addElement(centred(text("nomination.minutes.signHere"), fonts.italic(11), 0));
      table.addCell(signer);
    }
    return table;
  }

  private String threshold(RoundView round) {
    return round.threshold() == Threshold.PERCENT
        ? text("nomination.threshold.percentText", round.thresholdPercent())
        : text("nomination.threshold." + round.threshold().name());
  }

  private PdfPCell cell(String text, com.lowagie.text.Font font, int alignment) {
    PdfPCell cell = new PdfPCell(new Phrase(text, font));
    cell.setHorizontalAlignment(alignment);
    cell.setPadding(3);
    return cell;
  }

  private static Paragraph paragraph(String text, com.lowagie.text.Font font) {
    Paragraph paragraph = new Paragraph(text, font);
    paragraph.setLeading(font.getSize() * 1.35f);
    paragraph.setSpacingBefore(4);
    return paragraph;
  }

  private String text(String key, Object... arguments) {
    return messages.getMessage(key, arguments, VIETNAMESE);
  }
}
