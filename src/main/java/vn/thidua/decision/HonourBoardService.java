package vn.thidua.decision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.thidua.honours.Recipient;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.shared.events.EntityChanged;
import vn.thidua.shared.security.CurrentUser;
import vn.thidua.shared.text.SearchText;
import vn.thidua.shared.web.DomainException;
import vn.thidua.shared.web.Paged;

@Service
@Transactional
class HonourBoardService implements HonourBoard {

  static final String ENTITY = "ExemplaryStory";

  private static final String FROM =
      """
       from decision_line l
       join decision d on d.id = l.decision_id and d.status = 'ISSUED'
       join org_unit iu on iu.id = d.issuing_unit_id
       left join exemplary_story s on s.line_id = l.id
      """;

  private static final String COLUMNS =
      """
      select l.id, l.awardee_name, l.recipient, l.workplace_name, l.honour_code, l.honour_name,
             l.citation, d.year, d.symbol, d.signed_on, iu.name as issuing_unit_name,
             coalesce(s.story, '') as story, s.photo is not null as has_photo,
             coalesce(s.version, 0) as story_version
      """;

  private final JdbcClient jdbc;
  private final Decisions decisions;
  private final OrgUnits units;
  private final ApplicationEventPublisher events;

  HonourBoardService(
      JdbcClient jdbc, Decisions decisions, OrgUnits units, ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.decisions = decisions;
    this.units = units;
    this.events = events;
  }

  @Override
  @Transactional(readOnly = true)
  public Paged<HonourEntry> search(HonourBoardFilter filter, int page, int size) {
    List<String> conditions = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    if (filter.query() != null && !filter.query().isBlank()) {
      conditions.add("l.awardee_search_name like :query");
      params.put("query", SearchText.containsPattern(filter.query()));
    }
    if (filter.year() != null) {
      conditions.add("d.year = :year");
      params.put("year", filter.year());
    }
    if (filter.honourCode() != null && !filter.honourCode().isBlank()) {
      conditions.add("l.honour_code = :honour");
      params.put("honour", filter.honourCode());
    }
    if (filter.unitId() != null) {
      String path =
          units
              .find(filter.unitId())
              .orElseThrow(
                  () -> DomainException.notFound("honourBoard.unit.notFound", filter.unitId()))
              .path();
      // by the issuing unit's subtree: the honoured stood below it in the year honoured, even if
      // a reorganisation has moved their unit since
      conditions.add("iu.path >= :path and iu.path < :pathUpper");
      params.put("path", path);
      params.put("pathUpper", OrgUnits.pathUpperBound(path));
    }
    String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    int clamped = Paged.clampSize(size);
    int from = Math.max(0, page);
    long total =
        jdbc.sql("select count(*)" + FROM + where).params(params).query(Long.class).single();
    List<HonourEntry> items =
        jdbc.sql(
                COLUMNS
                    + FROM
                    + where
                    + " order by d.year desc, (s.story is not null and s.story <> '') desc,"
                    + " d.signed_on desc, d.id desc, l.position"
                    + " limit :limit offset :offset")
            .params(params)
            .param("limit", clamped)
            .param("offset", (long) from * clamped)
            .query(HonourBoardService::entry)
            .list();
    return new Paged<>(items, from, clamped, total);
  }

  @Override
  @Transactional(readOnly = true)
  public HonourBoardChoices choices() {
    List<Integer> years =
        jdbc.sql("select distinct year from decision where status = 'ISSUED' order by year desc")
            .query(Integer.class)
            .list();
    List<HonourBoardChoices.Choice> honours =
        jdbc.sql(
                "select l.honour_code, min(l.honour_name) as name"
                    + FROM
                    + " group by l.honour_code order by name")
            .query(
                (rs, n) ->
                    new HonourBoardChoices.Choice(
                        rs.getString("honour_code"), rs.getString("name")))
            .list();
    List<HonourBoardChoices.Choice> issuers =
        jdbc.sql(
                "select distinct iu.id, iu.name"
                    + " from decision d join org_unit iu on iu.id = d.issuing_unit_id"
                    + " where d.status = 'ISSUED' order by iu.name limit 200")
            .query(
                (rs, n) ->
                    new HonourBoardChoices.Choice(
                        String.valueOf(rs.getLong("id")), rs.getString("name")))
            .list();
    return new HonourBoardChoices(years, honours, issuers);
  }

  @Override
  @Transactional(readOnly = true)
  public HonourProfile profile(long lineId) {
    return jdbc.sql(COLUMNS + FROM + " where l.id = :id")
        .param("id", lineId)
        .query(
            (rs, n) ->
                new HonourProfile(
                    entry(rs, n),
                    rs.getString("citation"),
                    rs.getString("story"),
                    rs.getObject("signed_on", java.time.LocalDate.class),
                    rs.getInt("story_version")))
        .optional()
        .orElseThrow(() -> DomainException.notFound("honourBoard.notFound", lineId));
  }

  @Override
  @Transactional(readOnly = true)
  public Optional<Photo> photo(long lineId) {
    return jdbc.sql(
            "select s.photo_type, s.photo" + FROM + " where l.id = :id and s.photo is not null")
        .param("id", lineId)
        .query((rs, n) -> new Photo(rs.getString("photo_type"), rs.getBytes("photo")))
        .optional();
  }

  @Override
  @Transactional(readOnly = true)
  public StoryView story(long decisionId, long lineId) {
    AwardeeLine line = changeableLine(decisionId, lineId);
    return storyOf(decisionId, line);
  }

  @Override
  public StoryView saveStory(long decisionId, long lineId, StoryChange change) {
    AwardeeLine line = changeableLine(decisionId, lineId);
    String story = PhotoRules.aStoryOfReasonableLength(change.story());
    String photoType =
        change.photo() == null || change.photo().length == 0
            ? null
            : PhotoRules.aJpegOrPngOfAtMostTwoMegabytes(change.photo());
    StoryView before = storyOf(decisionId, line);
    if (before.version() == null) {
      jdbc.sql(
              """
              insert into exemplary_story (line_id, story, photo, photo_type, updated_by)
              values (:line, :story, :photo, :type, :by)
              """)
          .param("line", lineId)
          .param("story", story)
          .param("photo", photoType == null ? null : change.photo())
          .param("type", photoType)
          .param("by", CurrentUser.name())
          .update();
    } else {
      if (change.version() == null) {
        throw DomainException.invalid("honourBoard.version.missing");
      }
      String photoColumns =
          photoType != null
              ? ", photo = :photo, photo_type = :type"
              : change.removePhoto() ? ", photo = null, photo_type = null" : "";
      var update =
          jdbc.sql(
                  "update exemplary_story set story = :story, updated_by = :by,"
                      + " updated_at = now(), version = version + 1"
                      + photoColumns
                      + " where line_id = :line and version = :version")
              .param("story", story)
              .param("by", CurrentUser.name())
              .param("line", lineId)
              .param("version", change.version());
      if (photoType != null) {
        update = update.param("photo", change.photo()).param("type", photoType);
      }
      if (update.update() == 0) {
        throw new ObjectOptimisticLockingFailureException(ENTITY, lineId);
      }
    }
    StoryView after = storyOf(decisionId, line);
    events.publishEvent(
        EntityChanged.updated(ENTITY, lineId, line.workplaceUnitId(), audit(before), audit(after)));
    return after;
  }

  private static Map<String, Object> audit(StoryView view) {
    Map<String, Object> state = new LinkedHashMap<>();
    state.put("awardee", view.awardeeName());
    state.put("story", view.story());
    state.put("photo", view.hasPhoto());
    return state;
  }

  private StoryView storyOf(long decisionId, AwardeeLine line) {
    return jdbc.sql(
            "select story, photo is not null as has_photo, version from exemplary_story"
                + " where line_id = :line")
        .param("line", line.id())
        .query(
            (rs, n) ->
                new StoryView(
                    decisionId,
                    line.id(),
                    line.awardeeName(),
                    rs.getString("story"),
                    rs.getBoolean("has_photo"),
                    rs.getInt("version")))
        .optional()
        .orElse(new StoryView(decisionId, line.id(), line.awardeeName(), "", false, null));
  }

  /** The line of an issued decision in force whose issuing unit the user may change. */
  private AwardeeLine changeableLine(long decisionId, long lineId) {
    DecisionView decision = decisions.get(decisionId);
    units.requireChangeable(decision.issuingUnitId());
    AwardeeLine line =
        decision.awardees().stream()
            .filter(candidate -> candidate.id() == lineId)
            .findFirst()
            .orElseThrow(() -> DomainException.notFound("decision.awardee.notFound", lineId));
    if (!decision.status().inForce()) {
      throw DomainException.invalid("honourBoard.story.notInForce", decision.symbol());
    }
    return line;
  }

  private static HonourEntry entry(ResultSet rs, int row) throws SQLException {
    String story = rs.getString("story");
    return new HonourEntry(
        rs.getLong("id"),
        rs.getString("awardee_name"),
        Recipient.valueOf(rs.getString("recipient")),
        rs.getString("workplace_name"),
        rs.getString("honour_code"),
        rs.getString("honour_name"),
        rs.getInt("year"),
        rs.getString("symbol"),
        rs.getString("issuing_unit_name"),
        story != null && !story.isBlank(),
        rs.getBoolean("has_photo"));
  }
}
