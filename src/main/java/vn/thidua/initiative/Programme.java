package vn.thidua.initiative;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import vn.thidua.shared.web.DomainException;

/**
 * A programme a unit launches for the units below it (e.g. the national "1 triệu sáng kiến"), with
 * the windows in which initiatives are submitted to it.
 */
@Entity(name = "InitiativeProgramme")
@Table(name = "initiative_programme")
class Programme {

  static final int MAX_NAME = 300;
  static final int MAX_DESCRIPTION = 10_000;
  static final int MAX_WINDOWS = 20;

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private long unitId;
  private String name;
  private String description;
  private LocalDate startsOn;
  private LocalDate endsOn;
  private boolean publicBoard;
  private String createdBy;
  private Instant createdAt;
  @Version private int version;

  @ElementCollection
  @CollectionTable(name = "programme_window", joinColumns = @JoinColumn(name = "programme_id"))
  @OrderColumn(name = "position")
  private List<SubmissionWindow> windows = new ArrayList<>();

  protected Programme() {}

  Programme(
      long unitId,
      String name,
      String description,
      LocalDate startsOn,
      LocalDate endsOn,
      boolean publicBoard,
      List<SubmissionWindow> windows,
      String createdBy,
      Instant createdAt) {
    this.unitId = unitId;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
    describe(name, description, startsOn, endsOn, publicBoard, windows);
  }

  void describe(
      String name,
      String description,
      LocalDate startsOn,
      LocalDate endsOn,
      boolean publicBoard,
      List<SubmissionWindow> windows) {
    String cleanName = name == null ? "" : name.strip().replaceAll("\\s+", " ");
    if (cleanName.isEmpty()) {
      throw DomainException.invalid("programme.name.blank");
    }
    if (cleanName.length() > MAX_NAME) {
      throw DomainException.invalid("programme.name.tooLong", MAX_NAME);
    }
    if (description != null && description.length() > MAX_DESCRIPTION) {
      throw DomainException.invalid("programme.description.tooLong", MAX_DESCRIPTION);
    }
    if (startsOn == null || endsOn == null) {
      throw DomainException.invalid("programme.period.missing");
    }
    if (endsOn.isBefore(startsOn)) {
      throw DomainException.invalid("programme.period.reversed");
    }
    checkWindows(windows, startsOn, endsOn);
    this.name = cleanName;
    this.description = description == null || description.isBlank() ? null : description.strip();
    this.startsOn = startsOn;
    this.endsOn = endsOn;
    this.publicBoard = publicBoard;
    this.windows.clear();
    this.windows.addAll(windows);
  }

  private static void checkWindows(
      List<SubmissionWindow> windows, LocalDate startsOn, LocalDate endsOn) {
    if (windows.isEmpty()) {
      throw DomainException.invalid("programme.windows.none");
    }
    if (windows.size() > MAX_WINDOWS) {
      throw DomainException.invalid("programme.windows.tooMany", MAX_WINDOWS);
    }
    for (int i = 0; i < windows.size(); i++) {
      SubmissionWindow window = windows.get(i);
      if (window.name() == null || window.name().isBlank()) {
        throw DomainException.invalid("programme.window.name", i + 1);
      }
      if (window.opensOn() == null || window.closesOn() == null) {
        throw DomainException.invalid("programme.window.dates", window.name());
      }
      if (window.closesOn().isBefore(window.opensOn())) {
        throw DomainException.invalid("programme.window.reversed", window.name());
      }
      if (window.opensOn().isBefore(startsOn) || window.closesOn().isAfter(endsOn)) {
        throw DomainException.invalid("programme.window.outside", window.name());
      }
      for (int j = 0; j < i; j++) {
        if (window.overlaps(windows.get(j))) {
          throw DomainException.invalid(
              "programme.window.overlap", windows.get(j).name(), window.name());
        }
      }
    }
  }

  /** Whether an initiative submitted on the day falls in one of the windows. */
  boolean acceptsOn(LocalDate day) {
    return windows.stream().anyMatch(window -> window.contains(day));
  }

  ProgrammeState state() {
    return new ProgrammeState(
        unitId,
        name,
        startsOn,
        endsOn,
        publicBoard,
        windows.stream().map(w -> w.name() + ": " + w.opensOn() + " – " + w.closesOn()).toList());
  }

  Long id() {
    return id;
  }

  long unitId() {
    return unitId;
  }

  String name() {
    return name;
  }

  String description() {
    return description;
  }

  LocalDate startsOn() {
    return startsOn;
  }

  LocalDate endsOn() {
    return endsOn;
  }

  boolean publicBoard() {
    return publicBoard;
  }

  String createdBy() {
    return createdBy;
  }

  List<SubmissionWindow> windows() {
    return List.copyOf(windows);
  }

  int version() {
    return version;
  }
}
