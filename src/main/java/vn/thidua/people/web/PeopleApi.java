package vn.thidua.people.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.thidua.people.FieldProblem;
import vn.thidua.people.InvalidPerson;
import vn.thidua.people.PeopleRegistry;
import vn.thidua.people.PersonPage;
import vn.thidua.people.PersonSearch;
import vn.thidua.people.PersonView;
import vn.thidua.shared.excel.XlsxDownload;
import vn.thidua.shared.web.DomainException;

@RestController
@RequestMapping("/api/people")
@Tag(
    name = "People",
    description =
        "The registry of workers (CNVCLĐ). Every call sees only the people of units the caller"
            + " holds a role in or below; officers and administrators change them.")
class PeopleApi {

  private final PeopleRegistry registry;
  private final MessageSource messages;

  PeopleApi(PeopleRegistry registry, MessageSource messages) {
    this.registry = registry;
    this.messages = messages;
  }

  @GetMapping
  @Operation(
      summary = "List and search workers",
      description =
          "Pages through the workers of a unit and the units below it (or of every unit the caller"
              + " may see), ordered by given name. The name search ignores diacritics: q=nguyen van"
              + " finds Nguyễn Văn An. The total is counted up to 10,000 (totalIsAtLeast is then"
              + " true).")
  PersonPage search(
      @Parameter(description = "A unit whose subtree to list; every visible unit when absent")
          @RequestParam(required = false)
          Long unitId,
      @Parameter(description = "Part of the name, with or without diacritics")
          @RequestParam(required = false)
          String q,
      @Parameter(description = "Also list people who have left their unit")
          @RequestParam(defaultValue = "false")
          boolean includeLeft,
      @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
      @Parameter(description = "Rows a page, 1 to 200") @RequestParam(defaultValue = "25")
          int size) {
    return registry.search(new PersonSearch(unitId, q, includeLeft, page, size));
  }

  @GetMapping("/{personId:\\d+}")
  @Operation(summary = "One worker", description = "404 when the worker's unit is out of scope.")
  PersonView get(@PathVariable long personId) {
    return registry.get(personId);
  }

  @PostMapping
  @Operation(
      summary = "Register a worker",
      description = "201 with the worker; 422 with a message for each bad field.")
  ResponseEntity<PersonView> create(@RequestBody PersonRequest person) {
    PersonView created = registry.create(person.toNewPerson());
    return ResponseEntity.created(URI.create("/api/people/" + created.id())).body(created);
  }

  @PutMapping("/{personId:\\d+}")
  @Operation(
      summary = "Change a worker",
      description =
          "Send the whole record with the version that was read; 409 when someone saved it in"
              + " between. Set leftOn to record that the worker left the unit.")
  PersonView update(@PathVariable long personId, @RequestBody PersonRequest changes) {
    if (changes.version() == null) {
      throw versionRequired(personId);
    }
    return registry.update(personId, changes.toChanges());
  }

  @DeleteMapping("/{personId:\\d+}")
  @Operation(
      summary = "Delete a worker entered by mistake",
      description =
          "Workers who leave are not deleted: set their leftOn instead. 409 on a stale version.")
  ResponseEntity<Void> delete(
      @PathVariable long personId,
      @Parameter(description = "The version that was read; required")
          @RequestParam(required = false)
          Integer version) {
    if (version == null) {
      throw versionRequired(personId);
    }
    registry.delete(personId, version);
    return ResponseEntity.noContent().build();
  }

  @GetMapping("/export.xlsx")
  @Operation(
      summary = "Export the list to Excel",
      description = "The whole list the filter describes, at most 100,000 rows (422 beyond that).")
  void export(
      @RequestParam(required = false) Long unitId,
      @RequestParam(required = false) String q,
      @RequestParam(defaultValue = "false") boolean includeLeft,
      HttpServletResponse response)
      throws IOException {
    PersonSearch search = new PersonSearch(unitId, q, includeLeft, 0, PersonSearch.DEFAULT_SIZE);
    XlsxDownload.send(response, "nguoi-lao-dong.xlsx", out -> registry.export(search, out));
  }

  /** A change without the version it edits; out of scope still answers "not found" first. */
  private DomainException versionRequired(long personId) {
    registry.get(personId);
    return DomainException.invalid("people.version.required");
  }

  /** Bad fields as problem details with one message per field, in the caller's language. */
  @ExceptionHandler(InvalidPerson.class)
  ResponseEntity<ProblemDetail> invalid(InvalidPerson e, Locale locale) {
    Map<String, String> fields = new LinkedHashMap<>();
    for (FieldProblem problem : e.problems()) {
      fields.putIfAbsent(
          problem.field(), messages.getMessage(problem.messageKey(), problem.argsArray(), locale));
    }
    HttpStatus status = HttpStatus.UNPROCESSABLE_CONTENT;
    ProblemDetail body =
        ProblemDetail.forStatusAndDetail(status, String.join("; ", fields.values()));
    body.setTitle(messages.getMessage("error.title.422", null, locale));
    body.setProperty("errors", fields);
    return ResponseEntity.status(status).body(body);
  }
}
