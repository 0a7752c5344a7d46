package dev.patina.checkers.typestate;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * One {@code @Protocol} as declared: its states in declaration order, the initial state and the
 * end states. {@code owner} is the class that declares it (a subtype inherits its owner's model);
 * {@code annotation} is the mirror, for pointing diagnostics at it.
 */
record ProtocolModel(TypeElement owner, AnnotationMirror annotation, List<String> states, String initial, Set<String> end) {

  boolean has(String state) {
    return states.contains(state);
  }

  /** Whether every state in {@code possible} is an end state. */
  boolean allEnd(Collection<String> possible) {
    return end.containsAll(possible);
  }

  /** The states of {@code possible} in declaration order, unknown names last. */
  List<String> ordered(Collection<String> possible) {
    List<String> out = new ArrayList<>();
    for (String s : states) {
      if (possible.contains(s)) {
        out.add(s);
      }
    }
    for (String s : possible) {
      if (!out.contains(s)) {
        out.add(s);
      }
    }
    return out;
  }

  /** {@code `Open`}, {@code `Open` or `Closed`}, {@code `A`, `B` or `C`}: states for a message. */
  String describe(Collection<String> possible) {
    List<String> in = ordered(possible);
    if (in.isEmpty()) {
      return "no state";
    }
    StringJoiner j = new StringJoiner(", ");
    for (int i = 0; i < in.size() - 1; i++) {
      j.add("`" + in.get(i) + "`");
    }
    String head = j.toString();
    String last = "`" + in.get(in.size() - 1) + "`";
    return head.isEmpty() ? last : head + " or " + last;
  }

  String name() {
    return owner.getSimpleName().toString();
  }
}
