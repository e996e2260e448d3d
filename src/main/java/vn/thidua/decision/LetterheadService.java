package vn.thidua.decision;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.UnitSummary;
import vn.thidua.shared.events.EntityChanged;
import vn.thidua.shared.web.DomainException;

@Service
@Transactional
class LetterheadService implements LetterheadChoices {

  static final String ENTITY = "DecisionLetterhead";
  static final int PLACE_MAX = 100;
  private static final Pattern SUFFIX = Pattern.compile("[^\\s/]{1,20}");

  private final JdbcClient jdbc;
  private final OrgUnits units;
  private final Letterheads letterheads;
  private final ApplicationEventPublisher events;

  LetterheadService(
      JdbcClient jdbc, OrgUnits units, Letterheads letterheads, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.units = units;
    this.letterheads = letterheads;
    this.events = events;
  }

  private record Row(String symbolSuffix, String placeName, int version) {}

  @Override
  @Transactional(readOnly = true)
  public LetterheadChoice of(long unitId) {
    return view(units.requireVisible(unitId));
  }

  @Override
  public LetterheadChoice choose(long unitId, int version, LetterheadChange change) {
    UnitSummary unit = units.requireChangeable(unitId);
    String suffix = blankToNull(change == null ? null : change.symbolSuffix());
    String place = blankToNull(change == null ? null : change.placeName());
    if (suffix != null && !SUFFIX.matcher(suffix).matches()) {
      throw DomainException.invalid("decision.letterhead.suffix.invalid");
    }
    if (place != null && place.length() > PLACE_MAX) {
      throw DomainException.invalid("decision.letterhead.place.tooLong", PLACE_MAX);
    }
    Optional<Row> before = row(unitId);
    int updated =
        before.isEmpty()
            ? (version == 0 ? insert(unitId, suffix, place) : 0)
            : jdbc.sql(
                    """
                    update decision_letterhead
                       set symbol_suffix = :suffix, place_name = :place, version = version + 1
                     where unit_id = :unit and version = :version
                    """)
                .param("suffix", suffix)
                .param("place", place)
                .param("unit", unitId)
                .param("version", version)
                .update();
    if (updated == 0) {
      throw new ObjectOptimisticLockingFailureException(ENTITY, unitId);
    }
    events.publishEvent(
        EntityChanged.updated(
            ENTITY,
            unitId,
            unitId,
            audit(
                before.map(Row::symbolSuffix).orElse(null),
                before.map(Row::placeName).orElse(null)),
            audit(suffix, place)));
    return view(unit);
  }

  private int insert(long unitId, String suffix, String place) {
    return jdbc.sql(
            """
            insert into decision_letterhead (unit_id, symbol_suffix, place_name, version)
            values (:unit, :suffix, :place, 1) on conflict (unit_id) do nothing
            """)
        .param("unit", unitId)
        .param("suffix", suffix)
        .param("place", place)
        .update();
  }

  private LetterheadChoice view(UnitSummary unit) {
    Optional<Row> row = row(unit.id());
    return new LetterheadChoice(
        unit.id(),
        unit.name(),
        row.map(Row::symbolSuffix).orElse(null),
        Symbols.abbreviationOf(unit.levelCode()),
        row.map(Row::placeName).orElse(null),
        letterheads.defaultPlace(unit),
        row.map(Row::version).orElse(0),
        units.canChange(unit.id()));
  }

  private Optional<Row> row(long unitId) {
    return jdbc.sql(
            "select symbol_suffix, place_name, version from decision_letterhead where unit_id = :u")
        .param("u", unitId)
        .query(Row.class)
        .optional();
  }

  private static Map<String, Object> audit(String suffix, String place) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("symbolSuffix", suffix);
    state.put("placeName", place);
    return state;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
