package dev.patina.checkers.typestate;

import java.util.Set;

/**
 * A {@code @State(value, after)} written on a parameter, result, field or local: the states the
 * reference may be in, and for a parameter the states it must be in when the method returns.
 */
record StateSpec(Set<String> value, Set<String> after) {

  /** The states a parameter must be in at a normal return: {@code after}, or {@code value} if none. */
  Set<String> exit() {
    return after.isEmpty() ? value : after;
  }
}
