package vn.thidua.movement.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.thidua.movement.PhaseReportView;
import vn.thidua.movement.ProgressDraft;

/** What the progress report form sends: a value and a note per criterion. */
class ReportForm {

  private Map<Long, BigDecimal> values = new LinkedHashMap<>();
  private Map<Long, String> notes = new LinkedHashMap<>();
  private Integer version;

  static ReportForm of(PhaseReportView report) {
    ReportForm form = new ReportForm();
    report
        .lines()
        .forEach(
            line -> {
              form.values.put(line.criterionId(), line.value());
              form.notes.put(line.criterionId(), line.note());
            });
    form.version = report.version();
    return form;
  }

  ProgressDraft toDraft() {
    return new ProgressDraft(
        values.entrySet().stream()
            .map(
                entry ->
                    new ProgressDraft.Value(
                        entry.getKey(), entry.getValue(), notes.get(entry.getKey())))
            .toList(),
        version);
  }

  public Map<Long, BigDecimal> getValues() {
    return values;
  }

  public void setValues(Map<Long, BigDecimal> values) {
    this.values = values;
  }

  public Map<Long, String> getNotes() {
    return notes;
  }

  public void setNotes(Map<Long, String> notes) {
    this.notes = notes;
  }

  public Integer getVersion() {
    return version;
  }

  public void setVersion(Integer version) {
    this.version = version;
  }
}
