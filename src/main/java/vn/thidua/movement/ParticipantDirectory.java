package vn.thidua.movement;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.organisation.Catalogue;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.PathFilter;
import vn.thidua.organisation.UnitSummary;

/**
 * Who takes part in a movement: resolved from its participation rules when it is launched, then
 * kept, so that later reorganisations do not change who was invited or where they are ranked.
 */
@Component
class ParticipantDirectory {

  /** A participant as resolved: the unit with its sector and its cluster in the movement's year. */
  static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi"));

  record Resolved(long unitId, Long sectorId, Long clusterId, String clusterName) {}

  private final JdbcClient jdbc;
  private final Catalogue catalogue;
  private final OrgUnits units;

  ParticipantDirectory(JdbcClient jdbc, Catalogue catalogue, OrgUnits units) {
    this.jdbc = jdbc;
    this.catalogue = catalogue;
    this.units = units;
  }

  /**
   * The units below the organiser that were active at some time in the period and that the rules
   * name: every grassroots union of the subtree, those of chosen sectors, the members of chosen
   * clusters, chosen units.
   */
  List<Resolved> resolve(
      UnitSummary organiser,
      MovementDraft.Participation participation,
      LocalDate from,
      LocalDate until) {
    Map<Long, Catalogue.ClusterView> clusterOf = clustersByMember(organiser.id(), from.getYear());
    List<Long> clusterMembers =
        clusterOf.entrySet().stream()
            .filter(entry -> participation.clusterIds().contains(entry.getValue().id()))
            .map(Map.Entry::getKey)
            .toList();
    List<String> rules = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    if (participation.wholeSubtree()) {
      rules.add("l.grassroots");
    }
    if (!participation.sectorIds().isEmpty()) {
      rules.add("(l.grassroots and u.sector_id in (:sectors))");
      params.put("sectors", participation.sectorIds());
    }
    if (!clusterMembers.isEmpty()) {
      rules.add("u.id in (:clusterMembers)");
      params.put("clusterMembers", clusterMembers);
    }
    if (!participation.unitIds().isEmpty()) {
      rules.add("u.id in (:chosen)");
      params.put("chosen", participation.unitIds());
    }
    if (rules.isEmpty()) {
      return List.of();
    }
    record Row(long id, Long sectorId) {}
    return jdbc
        .sql(
            """
            select u.id, u.sector_id
              from org_unit u
              join unit_level l on l.id = u.level_id
             where u.path > :path and u.path < :upper
               and u.founded_on <= :until and (u.ended_on is null or u.ended_on > :from)
               and (%s)
             order by u.id
            """
                .formatted(String.join(" or ", rules)))
        .params(params)
        .param("path", organiser.path())
        .param("upper", OrgUnits.pathUpperBound(organiser.path()))
        .param("from", from)
        .param("until", until)
        .query(Row.class)
        .list()
        .stream()
        .map(
            row -> {
              Catalogue.ClusterView cluster = clusterOf.get(row.id());
              return new Resolved(
                  row.id(),
                  row.sectorId(),
                  cluster == null ? null : cluster.id(),
                  cluster == null ? null : cluster.name());
            })
        .toList();
  }

  /** The organiser's clusters of the year, by member unit. */
  Map<Long, Catalogue.ClusterView> clustersByMember(long organiserId, int year) {
    Map<Long, Catalogue.ClusterView> byMember = new HashMap<>();
    for (Catalogue.ClusterView cluster : catalogue.clusters(organiserId, year)) {
      cluster.members().forEach(member -> byMember.put(member.id(), cluster));
    }
    return byMember;
  }

  void record(long movementId, List<Resolved> participants, Set<Long> pilots) {
    for (Resolved participant : participants) {
      jdbc.sql(
              """
              insert into movement_participant
                     (movement_id, unit_id, sector_id, cluster_id, cluster_name, pilot)
              values (:movement, :unit, :sector, :cluster, :clusterName, :pilot)
              """)
          .param("movement", movementId)
          .param("unit", participant.unitId())
          .param("sector", participant.sectorId())
          .param("cluster", participant.clusterId())
          .param("clusterName", participant.clusterName())
          .param("pilot", pilots.contains(participant.unitId()))
          .update();
    }
  }

  /** The participants with their names, sectors in the reader's language, and clusters. */
  List<Participant> list(long movementId) {
    record Row(long unitId, Long sectorId, Long clusterId, String clusterName, boolean pilot) {}
    List<Row> rows =
        jdbc.sql(
                "select unit_id, sector_id, cluster_id, cluster_name, pilot"
                    + " from movement_participant where movement_id = :movement")
            .param("movement", movementId)
            .query(Row.class)
            .list();
    Map<Long, UnitSummary> unitsById =
        units.findAll(rows.stream().map(Row::unitId).toList()).stream()
            .collect(Collectors.toMap(UnitSummary::id, Function.identity()));
    Map<Long, String> sectorNames = sectorNames();
    return rows.stream()
        .map(
            row ->
                new Participant(
                    row.unitId(),
                    unitsById.get(row.unitId()).name(),
                    row.sectorId(),
                    row.sectorId() == null ? null : sectorNames.get(row.sectorId()),
                    row.clusterId(),
                    row.clusterName(),
                    row.pilot()))
        .sorted(Comparator.comparing(Participant::unitName, VIETNAMESE))
        .toList();
  }

  Map<Long, String> sectorNames() {
    boolean english = "en".equals(LocaleContextHolder.getLocale().getLanguage());
    return catalogue.sectors().stream()
        .collect(
            Collectors.toMap(
                Catalogue.SectorView::id, sector -> english ? sector.nameEn() : sector.name()));
  }

  boolean takesPart(long movementId, long unitId) {
    return jdbc.sql(
            "select exists (select 1 from movement_participant"
                + " where movement_id = :movement and unit_id = :unit)")
        .param("movement", movementId)
        .param("unit", unitId)
        .query(Boolean.class)
        .single();
  }

  int count(long movementId) {
    return jdbc.sql("select count(*) from movement_participant where movement_id = :movement")
        .param("movement", movementId)
        .query(Integer.class)
        .single();
  }

  /** Whether the signed-in user sees at least one participant of the movement. */
  boolean anyVisible(long movementId) {
    PathFilter scope = PathFilter.of("u.path", units.visiblePaths());
    return jdbc.sql(
            "select exists (select 1 from movement_participant p join org_unit u on u.id = p.unit_id"
                + " where p.movement_id = :movement and "
                + scope.sql()
                + ")")
        .params(scope.params())
        .param("movement", movementId)
        .query(Boolean.class)
        .single();
  }
}
