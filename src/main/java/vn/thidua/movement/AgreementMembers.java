package vn.thidua.movement;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.thidua.organisation.OrgUnits;
import vn.thidua.organisation.PathFilter;
import vn.thidua.organisation.UnitSummary;

/**
 * The members of an agreement and their signatures. Members are resolved from the scope when the
 * agreement is opened and then kept, so that a later reorganisation does not change who was bound.
 */
@Component
class AgreementMembers {

  private final JdbcClient jdbc;
  private final OrgUnits units;

  AgreementMembers(JdbcClient jdbc, OrgUnits units) {
    this.jdbc = jdbc;
    this.units = units;
  }

  /**
   * The sector's grassroots unions below the organiser that stood at some time in the year, or the
   * members of the cluster in its year.
   */
  List<Long> resolve(Agreement agreement, UnitSummary organiser) {
    if (agreement.scope() == AgreementScope.CLUSTER) {
      return jdbc.sql(
              "select unit_id from emulation_cluster_member where cluster_id = :cluster"
                  + " order by unit_id")
          .param("cluster", agreement.clusterId())
          .query(Long.class)
          .list();
    }
    return jdbc.sql(
            """
            select u.id
              from org_unit u
              join unit_level l on l.id = u.level_id
             where u.path > :path and u.path < :upper
               and l.grassroots and u.sector_id = :sector
               and u.founded_on <= :until and (u.ended_on is null or u.ended_on > :from)
             order by u.id
            """)
        .param("path", organiser.path())
        .param("upper", OrgUnits.pathUpperBound(organiser.path()))
        .param("sector", agreement.sectorId())
        .param("from", LocalDate.of(agreement.year(), 1, 1))
        .param("until", LocalDate.of(agreement.year(), 12, 31))
        .query(Long.class)
        .list();
  }

  void record(long agreementId, List<Long> memberIds) {
    for (long unitId : memberIds) {
      jdbc.sql("insert into agreement_member (agreement_id, unit_id) values (:agreement, :unit)")
          .param("agreement", agreementId)
          .param("unit", unitId)
          .update();
    }
  }

  /** Every member with its signature, in Vietnamese alphabetical order of the unit's name. */
  List<AgreementView.Member> list(long agreementId) {
    record Row(
        long unitId,
        String signatory,
        String signedBy,
        Instant signedAt,
        String note,
        boolean signed) {}
    List<Row> rows =
        jdbc.sql(
                """
                select m.unit_id, s.signatory, s.signed_by, s.signed_at, s.note,
                       s.unit_id is not null as signed
                  from agreement_member m
                  left join agreement_signature s
                         on s.agreement_id = m.agreement_id and s.unit_id = m.unit_id
                 where m.agreement_id = :agreement
                """)
            .param("agreement", agreementId)
            .query(Row.class)
            .list();
    Map<Long, UnitSummary> byId =
        units.findAll(rows.stream().map(Row::unitId).toList()).stream()
            .collect(Collectors.toMap(UnitSummary::id, Function.identity()));
    return rows.stream()
        .map(
            row ->
                new AgreementView.Member(
                    row.unitId(),
                    byId.get(row.unitId()).name(),
                    row.signed(),
                    row.signatory(),
                    row.signedBy(),
                    row.signedAt(),
                    row.note()))
        .sorted(
            Comparator.comparing(AgreementView.Member::unitName, ParticipantDirectory.VIETNAMESE))
        .toList();
  }

  boolean isMember(long agreementId, long unitId) {
    return jdbc.sql(
            "select exists (select 1 from agreement_member"
                + " where agreement_id = :agreement and unit_id = :unit)")
        .param("agreement", agreementId)
        .param("unit", unitId)
        .query(Boolean.class)
        .single();
  }

  /** Records a signature; false when the unit has signed already. */
  boolean sign(
      long agreementId, long unitId, String signatory, String by, Instant at, String note) {
    return jdbc.sql(
                """
                insert into agreement_signature
                       (agreement_id, unit_id, signatory, signed_by, signed_at, note)
                values (:agreement, :unit, :signatory, :by, :at, :note)
                on conflict do nothing
                """)
            .param("agreement", agreementId)
            .param("unit", unitId)
            .param("signatory", signatory)
            .param("by", by)
            .param("at", Timestamp.from(at))
            .param("note", note)
            .update()
        == 1;
  }

  /** Whether the signed-in user sees at least one member of the agreement. */
  boolean anyVisible(long agreementId) {
    PathFilter scope = PathFilter.of("u.path", units.visiblePaths());
    return jdbc.sql(
            "select exists (select 1 from agreement_member m join org_unit u on u.id = m.unit_id"
                + " where m.agreement_id = :agreement and "
                + scope.sql()
                + ")")
        .params(scope.params())
        .param("agreement", agreementId)
        .query(Boolean.class)
        .single();
  }

  /** The agreements the unit organises or is a member of, newest year first. */
  List<AgreementSummary> forUnit(long unitId) {
    return jdbc.sql(
            """
            select a.id, a.title, a.year, a.scope, a.status, a.organiser_id,
                   o.name as organiser_name, a.signing_deadline,
                   (select count(*) from agreement_member m where m.agreement_id = a.id)
                     as member_count,
                   (select count(*) from agreement_signature s where s.agreement_id = a.id)
                     as signed_count,
                   a.organiser_id = :unit as organiser,
                   exists (select 1 from agreement_member m
                            where m.agreement_id = a.id and m.unit_id = :unit) as member,
                   exists (select 1 from agreement_signature s
                            where s.agreement_id = a.id and s.unit_id = :unit) as signed
              from agreement a
              join org_unit o on o.id = a.organiser_id
             where a.organiser_id = :unit
                or exists (select 1 from agreement_member m
                            where m.agreement_id = a.id and m.unit_id = :unit)
             order by a.year desc, a.id desc
            """)
        .param("unit", unitId)
        .query(AgreementSummary.class)
        .list();
  }

  String clusterName(long clusterId) {
    return jdbc.sql("select name from emulation_cluster where id = :id")
        .param("id", clusterId)
        .query(String.class)
        .single();
  }
}
