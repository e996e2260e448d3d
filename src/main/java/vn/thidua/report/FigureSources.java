package vn.thidua.report;

import java.time.LocalDate;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.thidua.contest.ContestFigures;
import vn.thidua.honours.HonourFigures;
import vn.thidua.initiative.InitiativeFigures;
import vn.thidua.movement.MovementFigures;
import vn.thidua.organisation.Subtree;
import vn.thidua.organisation.UnitFigures;
import vn.thidua.shared.web.DomainException;
import vn.thidua.shared.web.FigureRecord;
import vn.thidua.shared.web.Paged;

/**
 * Which module lists the records behind a figure: a figure's key is the module's name, a dot and
 * the module's own name for the figure ({@code initiative.recognised}). A module that counts new
 * figures for the review adds one entry.
 */
@Component
class FigureSources {

  /** The shape every module's {@code records(...)} has. */
  @FunctionalInterface
  interface Source {
    Paged<FigureRecord> records(
        Subtree subtree,
        Long childId,
        LocalDate from,
        LocalDate to,
        String figure,
        String argument,
        int page,
        int size);
  }

  private final Map<String, Source> sources;

  FigureSources(
      UnitFigures organisation,
      MovementFigures movements,
      InitiativeFigures initiatives,
      ContestFigures contests,
      HonourFigures honours) {
    sources =
        Map.of(
            "organisation", organisation::records,
            "movement", movements::records,
            "initiative", initiatives::records,
            "contest", contests::records,
            "honour", honours::records);
  }

  Paged<FigureRecord> records(
      String figure,
      String argument,
      Subtree subtree,
      Long childId,
      LocalDate from,
      LocalDate to,
      int page,
      int size) {
    int dot = figure == null ? -1 : figure.indexOf('.');
    Source source = dot < 0 ? null : sources.get(figure.substring(0, dot));
    if (source == null) {
      throw DomainException.notFound("review.figure.unknown");
    }
    return source.records(
        subtree, childId, from, to, figure.substring(dot + 1), argument, page, size);
  }
}
