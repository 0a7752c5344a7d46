package dev.patina.checkers.typestate;

import java.util.Map;
import java.util.Set;
import javax.lang.model.element.VariableElement;
import org.checkerframework.dataflow.analysis.AbstractValue;

/**
 * What an expression evaluates to, as far as typestate goes: a reference to a tracked variable, a
 * new object in known states, the result of a call whose enum result decides the receiver's state
 * ({@code @EnsuresWhen} on an enum method), or nothing the checker follows.
 */
sealed interface TypestateValue extends AbstractValue<TypestateValue> {

  TypestateValue NONE = new Nothing();

  /** Nothing the checker follows. */
  record Nothing() implements TypestateValue {}

  /** The object a variable holds ({@code conn}, {@code this.conn}). */
  record Ref(VariableElement var) implements TypestateValue {}

  /** A new object: {@code new Conn()}, or a call whose result declares {@code @State}. */
  record Fresh(Held held) implements TypestateValue {}

  /**
   * The enum result of a call on {@code receiver}: the receiver's states for each constant the
   * result may be.
   */
  record Outcome(VariableElement receiver, Map<String, Set<String>> byConstant) implements TypestateValue {}

  @Override
  default TypestateValue leastUpperBound(TypestateValue other) {
    return this.equals(other) ? this : NONE;
  }
}
