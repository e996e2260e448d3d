package vn.thidua.movement.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.movement.RegistrationBoard;
import vn.thidua.movement.RegistrationDraft;
import vn.thidua.movement.RegistrationView;
import vn.thidua.movement.Registrations;

@RestController
@Tag(
    name = "Registrations",
    description =
        "Units register for a launched movement (targets, titles, people);"
            + " the organiser reviews: draft → submitted → approved / rejected / returned")
class RegistrationApi {

  private final Registrations registrations;

  RegistrationApi(Registrations registrations) {
    this.registrations = registrations;
  }

  @PostMapping("/api/movements/{movementId}/registrations")
  @Operation(
      summary = "Register a participating unit (as a draft)",
      description =
          "Refused with 422 after the registration deadline, unless an officer of the organiser"
              + " accepts a late registration.")
  ResponseEntity<RegistrationView> register(
      @PathVariable long movementId, @RequestBody RegistrationDraft draft) {
    long id = registrations.register(movementId, draft);
    return ResponseEntity.created(URI.create("/api/registrations/" + id))
        .body(registrations.get(id));
  }

  @GetMapping("/api/movements/{movementId}/registrations")
  @Operation(summary = "The organiser's board: counts by status and every participant")
  RegistrationBoard board(@PathVariable long movementId) {
    return registrations.board(movementId);
  }

  @GetMapping("/api/registrations/{registrationId}")
  @Operation(summary = "A registration with each criterion's pledged target")
  RegistrationView get(@PathVariable long registrationId) {
    return registrations.get(registrationId);
  }

  @PutMapping("/api/registrations/{registrationId}")
  @Operation(summary = "Change a draft or returned registration; send the version you edited")
  RegistrationView edit(@PathVariable long registrationId, @RequestBody RegistrationDraft draft) {
    registrations.edit(registrationId, draft);
    return registrations.get(registrationId);
  }

  @PostMapping("/api/registrations/{registrationId}/submit")
  @Operation(summary = "Send the registration for review")
  RegistrationView submit(
      @PathVariable long registrationId, @RequestBody(required = false) Review review) {
    registrations.submit(registrationId, Review.versionOf(review));
    return registrations.get(registrationId);
  }

  @PostMapping("/api/registrations/{registrationId}/approve")
  @Operation(summary = "Approve a submitted registration (organiser)")
  RegistrationView approve(
      @PathVariable long registrationId, @RequestBody(required = false) Review review) {
    registrations.approve(registrationId, Review.versionOf(review));
    return registrations.get(registrationId);
  }

  @PostMapping("/api/registrations/{registrationId}/reject")
  @Operation(summary = "Reject a submitted registration with a reason (organiser)")
  RegistrationView reject(
      @PathVariable long registrationId, @RequestBody(required = false) Review review) {
    registrations.reject(registrationId, Review.reasonOf(review), Review.versionOf(review));
    return registrations.get(registrationId);
  }

  @PostMapping("/api/registrations/{registrationId}/return")
  @Operation(summary = "Return a submitted registration for changes, with a reason (organiser)")
  RegistrationView returnForChanges(
      @PathVariable long registrationId, @RequestBody(required = false) Review review) {
    registrations.returnForChanges(
        registrationId, Review.reasonOf(review), Review.versionOf(review));
    return registrations.get(registrationId);
  }

  /** A workflow step: the version it was decided on and, to reject or return, the reason. */
  record Review(Integer version, String reason) {

    static Integer versionOf(Review review) {
      return review == null ? null : review.version();
    }

    static String reasonOf(Review review) {
      return review == null ? null : review.reason();
    }
  }
}
