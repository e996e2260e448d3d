package vn.thidua.contest;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A worker or a team registered by a unit below the organiser, and their final placing. */
@Entity(name = "ContestRegistration")
@Table(name = "contest_registration")
class Registration {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "contest_id")
  private Contest contest;

  private long unitId;
  private Long personId;
  private String teamName;
  private String entrantName;
  private LocalDate registeredOn;
  private String registeredBy;
  private BigDecimal finalScore;
  private Integer finalRank;
  private String prize;

  @ElementCollection
  @CollectionTable(
      name = "contest_team_member",
      joinColumns = @JoinColumn(name = "registration_id"))
  @OrderColumn(name = "position")
  private List<TeamMember> members = new ArrayList<>();

  protected Registration() {}

  Registration(
      Contest contest,
      long unitId,
      Long personId,
      String teamName,
      String entrantName,
      List<TeamMember> members,
      LocalDate registeredOn,
      String registeredBy) {
    this.contest = contest;
    this.unitId = unitId;
    this.personId = personId;
    this.teamName = teamName;
    this.entrantName = entrantName;
    this.members.addAll(members);
    this.registeredOn = registeredOn;
    this.registeredBy = registeredBy;
  }

  void place(BigDecimal finalScore, int rank, String prize) {
    this.finalScore = finalScore;
    this.finalRank = rank;
    this.prize = prize;
  }

  boolean involves(long person) {
    return (personId != null && personId == person)
        || members.stream().anyMatch(member -> member.personId() == person);
  }

  boolean team() {
    return teamName != null;
  }

  Long id() {
    return id;
  }

  long unitId() {
    return unitId;
  }

  Long personId() {
    return personId;
  }

  String teamName() {
    return teamName;
  }

  String entrantName() {
    return entrantName;
  }

  LocalDate registeredOn() {
    return registeredOn;
  }

  String registeredBy() {
    return registeredBy;
  }

  BigDecimal finalScore() {
    return finalScore;
  }

  Integer finalRank() {
    return finalRank;
  }

  String prize() {
    return prize;
  }

  List<TeamMember> members() {
    return List.copyOf(members);
  }
}
