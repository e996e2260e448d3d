package vn.thidua.people;

import java.io.OutputStream;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.shared.excel.XlsxTable;
import vn.thidua.shared.excel.XlsxTable.Type;
import vn.thidua.shared.time.Dates;

/** Writes a list of people as a workbook, in the reader's language. */
@Component
class PeopleExport {

  private final PersonQueries queries;
  private final MessageSource messages;
  private final Today today;

  PeopleExport(PersonQueries queries, MessageSource messages, Today today) {
    this.queries = queries;
    this.messages = messages;
    this.today = today;
  }

  void write(PersonFilter filter, UnitSummary unit, long count, OutputStream out) {
    Locale locale = LocaleContextHolder.getLocale();
    XlsxTable table = XlsxTable.titled(text(locale, "people.export.title"));
    table =
        table.subtitle(
            unit == null
                ? text(locale, "people.export.allUnits")
                : text(locale, "people.export.unit", unit.name()));
    if (!filter.query().isBlank()) {
      table = table.subtitle(text(locale, "people.export.query", filter.query()));
    }
    table =
        table
            .subtitle(
                text(
                    locale,
                    filter.includeLeft() ? "people.export.withLeft" : "people.export.workingOnly"))
            .subtitle(text(locale, "people.export.made", Dates.format(today.date()), count))
            .column(text(locale, "people.field.fullName"), Type.TEXT)
            .column(text(locale, "people.field.gender"), Type.TEXT)
            .column(text(locale, "people.field.birthYear"), Type.YEAR)
            .column(text(locale, "people.field.jobTitle"), Type.TEXT)
            .column(text(locale, "people.field.member"), Type.TEXT)
            .column(text(locale, "people.field.directWorker"), Type.TEXT)
            .column(text(locale, "people.field.startedOn"), Type.DATE)
            .column(text(locale, "people.field.leftOn"), Type.DATE)
            .column(text(locale, "people.field.unit"), Type.TEXT)
            .column(text(locale, "people.field.unitCode"), Type.TEXT);
    String yes = text(locale, "common.yes");
    String no = text(locale, "common.no");
    try (XlsxTable.Writer writer = table.writeTo(out)) {
      queries.forEach(
          filter,
          PeopleRegistry.EXPORT_LIMIT,
          row -> {
            PersonView person = row.person();
            writer.row(
                person.fullName(),
                text(locale, "people.gender." + person.gender().name()),
                person.birthYear(),
                person.jobTitle(),
                person.member() ? yes : no,
                person.directWorker() ? yes : no,
                person.startedOn(),
                person.leftOn(),
                person.unitName(),
                row.unitCode());
          });
    }
  }

  private String text(Locale locale, String key, Object... args) {
    return messages.getMessage(key, args, locale);
  }
}
