package vn.thidua.movement;

import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.thidua.shared.web.DomainException;

/**
 * A workflow step that the record's current state does not allow, e.g. approving a registration
 * that was never submitted: {@code InvalidTransition.from(DRAFT).to(APPROVED)}.
 */
public class InvalidTransition extends DomainException {

  private InvalidTransition(Enum<?> from, Enum<?> to) {
    super(Kind.CONFLICT, "transition.invalid", state(from), state(to));
  }

  public static From from(Enum<?> state) {
    return new From(state);
  }

  /** The state a refused step started from. */
  public record From(Enum<?> state) {
    public InvalidTransition to(Enum<?> target) {
      return new InvalidTransition(state, target);
    }
  }

  private static DefaultMessageSourceResolvable state(Enum<?> state) {
    return new DefaultMessageSourceResolvable(
        "status." + state.getDeclaringClass().getSimpleName() + "." + state.name());
  }
}
