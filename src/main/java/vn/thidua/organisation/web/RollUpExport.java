package vn.thidua.organisation.web;

import java.io.OutputStream;
import org.springframework.stereotype.Component;
import vn.thidua.organisation.RollUp;
import vn.thidua.shared.excel.XlsxTable;
import vn.thidua.shared.time.Dates;
import vn.thidua.shared.web.Texts;

/** A unit's roll-up as a workbook: one row per unit directly below, and the total. */
@Component
class RollUpExport {

  private final Texts texts;

  RollUpExport(Texts texts) {
    this.texts = texts;
  }

  String fileName(RollUp rollUp) {
    return "don-vi-truc-thuoc-" + rollUp.unit().id() + "-" + rollUp.asOf() + ".xlsx";
  }

  void write(RollUp rollUp, OutputStream out) {
    XlsxTable table =
        XlsxTable.titled(texts.get("export.rollUp.title", rollUp.unit().name()))
            .subtitle(texts.get("export.rollUp.asOf", Dates.format(rollUp.asOf())))
            .column(texts.get("common.name"), XlsxTable.Type.TEXT)
            .column(texts.get("field.levelCode"), XlsxTable.Type.TEXT)
            .column(texts.get("figures.grassrootsUnits"), XlsxTable.Type.INTEGER)
            .column(texts.get("figures.workers"), XlsxTable.Type.INTEGER)
            .column(texts.get("figures.womenWorkers"), XlsxTable.Type.INTEGER)
            .column(texts.get("figures.members"), XlsxTable.Type.INTEGER)
            .column(texts.get("figures.womenMembers"), XlsxTable.Type.INTEGER);
    try (XlsxTable.Writer writer = table.writeTo(out)) {
      for (RollUp.ChildTotals child : rollUp.children()) {
        var t = child.totals();
        writer.row(
            child.unit().name(),
            child.unit().levelName(),
            t.grassrootsUnits(),
            t.workers(),
            t.womenWorkers(),
            t.members(),
            t.womenMembers());
      }
      if (rollUp.own().workers() > 0 || rollUp.own().grassrootsUnits() > 0) {
        var own = rollUp.own();
        writer.row(
            texts.get("export.rollUp.own"),
            rollUp.unit().levelName(),
            own.grassrootsUnits(),
            own.workers(),
            own.womenWorkers(),
            own.members(),
            own.womenMembers());
      }
      var total = rollUp.total();
      writer.row(
          texts.get("common.total"),
          "",
          total.grassrootsUnits(),
          total.workers(),
          total.womenWorkers(),
          total.members(),
          total.womenMembers());
    }
  }
}
