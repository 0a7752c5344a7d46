package dev.patina.checkers.ownership;

import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.type.TypeMirror;

/**
 * What other checkers may ask the ownership model, read exactly as the ownership checker reads it
 * (markers inherited through supertypes, the ownership stub files shipped with Patina): which
 * types are move-only and which calls take ownership. The typestate checker uses it to follow a
 * protocol object's state to its new owner when it moves.
 */
public final class OwnershipFacts {

  private final OwnershipTypes types;

  private OwnershipFacts(OwnershipTypes types) {
    this.types = types;
  }

  /** The facts of this compilation, with the built-in ownership stubs. */
  public static OwnershipFacts of(ProcessingEnvironment env) {
    return new OwnershipFacts(new OwnershipTypes(env, OwnershipStubs.load(List.of())));
  }

  /** Whether values of this type move rather than copy: it is {@code @Linear} or {@code @Affine}. */
  public boolean isMoveOnly(TypeMirror type) {
    return types.isTracked(type);
  }

  /** Whether argument {@code index} of a call to {@code method} moves into the callee. */
  public boolean ownsArgument(ExecutableElement method, int index) {
    return types.modes(method).ownsArgument(index);
  }

  /** Whether {@code method} consumes its receiver ({@code @Consume}). */
  public boolean consumesReceiver(ExecutableElement method) {
    return types.modes(method).consumesReceiver();
  }

  /** Whether an exception type need not be declared: a subtype of RuntimeException or Error. */
  public boolean isUnchecked(TypeMirror exception) {
    return types.isUnchecked(exception);
  }
}
