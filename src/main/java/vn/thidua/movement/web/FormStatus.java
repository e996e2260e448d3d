package vn.thidua.movement.web;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import vn.thidua.shared.web.DomainException;

/** The status a form shown again with a refusal answers with: 422, or 409 for a stale edit. */
final class FormStatus {

  private FormStatus() {}

  static int of(RuntimeException e) {
    if (e instanceof OptimisticLockingFailureException) {
      return HttpStatus.CONFLICT.value();
    }
    if (e instanceof DomainException domain && domain.kind() == DomainException.Kind.CONFLICT) {
      return HttpStatus.CONFLICT.value();
    }
    return HttpStatus.UNPROCESSABLE_CONTENT.value();
  }
}
