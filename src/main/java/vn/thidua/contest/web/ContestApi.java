package vn.thidua.contest.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.contest.ContestRow;
import vn.thidua.contest.ContestView;
import vn.thidua.contest.Contests;
import vn.thidua.contest.Mark;
import vn.thidua.contest.NewContest;
import vn.thidua.contest.NewEntry;

@RestController
@RequestMapping("/api/contests")
@Tag(name = "Contests", description = "Skills contests: rounds, entrants, judges' marks, results")
class ContestApi {

  private final Contests contests;

  ContestApi(Contests contests) {
    this.contests = contests;
  }

  @GetMapping
  @Operation(summary = "The contests you see: organised by your units, above them or below them")
  List<ContestRow> list() {
    return contests.visible();
  }

  @PostMapping
  @Operation(summary = "Organise a contest for the units below yours, with its rounds and prizes")
  ResponseEntity<ContestView> organise(@RequestBody NewContest contest) {
    ContestView organised = contests.organise(contest);
    return ResponseEntity.created(URI.create("/api/contests/" + organised.id())).body(organised);
  }

  @GetMapping("/{contestId}")
  @Operation(summary = "A contest with its rounds, entrants, marks and results")
  ContestView get(@PathVariable long contestId) {
    return contests.get(contestId);
  }

  @PostMapping("/{contestId}/registrations")
  @Operation(
      summary =
          "Register a worker (personId) or a team (teamName, memberIds) from a unit below the"
              + " organiser")
  ContestView register(@PathVariable long contestId, @RequestBody NewEntry entry) {
    return contests.register(contestId, entry);
  }

  @PostMapping("/{contestId}/rounds/{roundId}/marks")
  @Operation(
      summary =
          "Mark an entrant in a round as a judge (a council member of the organiser); once, on"
              + " the contest's scale")
  ContestView mark(
      @PathVariable long contestId, @PathVariable long roundId, @RequestBody Mark mark) {
    return contests.mark(contestId, roundId, mark);
  }

  @PostMapping("/{contestId}/finish")
  @Operation(
      summary =
          "Rank the entrants and give the prizes on a day (default today); send the contest's"
              + " version")
  ContestView finish(@PathVariable long contestId, @RequestBody Finish finish) {
    return contests.finish(contestId, finish.version(), finish.finishedOn());
  }

  /**
   * @param finishedOn the day of the results; leave out for today (or the contest's last day once
   *     past)
   */
  record Finish(Integer version, LocalDate finishedOn) {}
}
