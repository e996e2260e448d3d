package vn.thidua.movement;

import static vn.thidua.shared.document.AdministrativePdf.centred;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;
import vn.thidua.shared.document.AdministrativePdf;
import vn.thidua.shared.document.Letterhead;
import vn.thidua.shared.document.PdfFonts;
import vn.thidua.shared.time.Dates;

/**
 * The signature sheet of an agreement as an A4 PDF, laid out as a Vietnamese administrative
 * document: the organiser and the national line, the title, the commitments, then one row per
 * member with who signed for it and when, and an empty column for the handwritten signature. Like
 * the decisions' PDF it is an administrative document, always in Vietnamese.
 */
@Component
class AgreementSheet {

  static final List<String> HEADINGS = List.of("STT", "Đơn vị", "Người ký", "Ngày ký", "Chữ ký");
  private static final float BODY = 13f;

  private final AdministrativePdf layout;
  private final PdfFonts fonts;

  AgreementSheet(AdministrativePdf layout) {
    this.layout = layout;
    this.fonts = layout.fonts();
  }

  byte[] write(AgreementView agreement) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document document = layout.open(out, agreement.title(), "Giao ước thi đua");
    Letterhead organiser =
        new Letterhead(
            null, agreement.organiserName().toUpperCase(Locale.forLanguageTag("vi")), null, null);
    document.add(
        layout.heading(organiser, "", dateLine(MovementCalendar.dayOf(agreement.openedAt()))));
    document.add(centred("GIAO ƯỚC THI ĐUA NĂM " + agreement.year(), fonts.bold(14), 18));
    document.add(centred(agreement.title(), fonts.bold(BODY), 2));
    document.add(centred(agreement.scopeName(), fonts.italic(BODY), 2));
    document.add(centred("________", fonts.regular(BODY), 0));
    for (String paragraph : agreement.paragraphs()) {
      document.add(body(paragraph));
    }
    document.add(
        centred(
            "DANH SÁCH ĐƠN VỊ KÝ KẾT (đã ký %d/%d)"
                .formatted(agreement.signedCount(), agreement.memberCount()),
            fonts.bold(BODY),
            14));
    if (agreement.signingDeadline() != null) {
      document.add(
          centred("Hạn ký: " + Dates.format(agreement.signingDeadline()), fonts.italic(12), 2));
    }
    document.add(members(agreement));
    document.close();
    return out.toByteArray();
  }

  private PdfPTable members(AgreementView agreement) {
    PdfPTable table = new PdfPTable(new float[] {7, 33, 22, 18, 20});
    table.setWidthPercentage(100);
    table.setSpacingBefore(8);
    table.setHeaderRows(1);
    for (String heading : HEADINGS) {
      PdfPCell cell = new PdfPCell(new Phrase(heading, fonts.bold(11)));
      cell.setHorizontalAlignment(Element.ALIGN_CENTER);
      cell.setPadding(4);
      table.addCell(cell);
    }
    int number = 0;
    for (AgreementView.Member member : agreement.members()) {
      number++;
      table.addCell(row(String.valueOf(number), Element.ALIGN_CENTER));
      table.addCell(row(member.unitName(), Element.ALIGN_LEFT));
      table.addCell(row(member.signed() ? member.signatory() : "", Element.ALIGN_LEFT));
      table.addCell(
          row(member.signed() ? Dates.format(member.signedOn()) : "", Element.ALIGN_CENTER));
      PdfPCell signature = row("", Element.ALIGN_CENTER);
      signature.setMinimumHeight(34);
      table.addCell(signature);
    }
    return table;
  }

  private PdfPCell row(String text, int alignment) {
    PdfPCell cell = new PdfPCell(new Phrase(text == null ? "" : text, fonts.regular(11)));
    cell.setHorizontalAlignment(alignment);
    cell.setVerticalAlignment(Element.ALIGN_MIDDLE);
    cell.setPadding(4);
    cell.setMinimumHeight(34);
    return cell;
  }

  private Paragraph body(String text) {
    Paragraph paragraph = new Paragraph(text, fonts.regular(BODY));
    paragraph.setAlignment(Element.ALIGN_JUSTIFIED);
    paragraph.setFirstLineIndent(10 * AdministrativePdf.MM);
    paragraph.setLeading(BODY * 1.35f);
    paragraph.setSpacingBefore(4);
    return paragraph;
  }

  /** "Ngày 06 tháng 01 năm 2023", the day it was opened; a draft leaves the day blank. */
  private static String dateLine(LocalDate day) {
    if (day == null) {
      return "Ngày     tháng     năm        ";
    }
    return "Ngày %02d tháng %02d năm %d"
        .formatted(day.getDayOfMonth(), day.getMonthValue(), day.getYear());
  }
}
