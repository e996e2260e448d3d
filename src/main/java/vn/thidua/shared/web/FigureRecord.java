package vn.thidua.shared.web;

import java.time.LocalDate;

/**
 * One record behind a report figure, as a list of them shows it: an initiative recognised, a title
 * granted, a contest held. Every module that counts figures for reports lists the records behind
 * each of its figures in this one shape, so that a figure opens onto its records whatever module
 * counted it.
 *
 * @param label what the record is: a person's or unit's name, an initiative's title
 * @param unitName the unit the record counts under
 * @param date the day that put the record in the period
 * @param note a short detail, e.g. the title granted or the recognition level; may be null
 * @param href the record's own page in the application; null when it has none
 */
public record FigureRecord(
    String label, String unitName, LocalDate date, String note, String href) {}
