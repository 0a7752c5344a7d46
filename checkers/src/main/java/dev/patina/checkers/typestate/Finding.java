package dev.patina.checkers.typestate;

import com.sun.source.tree.Tree;
import java.util.Set;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/** A problem the transfer function saw at one node, reported once the analysis is done. */
sealed interface Finding {

  /** Where the diagnostic goes. */
  Tree tree();

  /**
   * T0001: {@code method} called on {@code var} (null for an object with no name, such as {@code
   * new Conn().send()}) while it may be in {@code bad}.
   */
  record WrongState(Tree tree, VariableElement var, String name, TypeMirror type, String method, Held held,
      Set<String> bad, Contract contract, ProtocolModel protocol) implements Finding {}

  /** T0002: the object {@code var} held dies here, {@code how}, outside the end states. */
  record Dies(Tree tree, VariableElement var, Held held, ProtocolModel protocol, String how) implements Finding {}

  /** T0003: {@code what} is not in the states {@code required} that {@code where} declares. */
  record NotInState(Tree tree, String what, Held held, Set<String> required, String where, ProtocolModel protocol)
      implements Finding {}

  /** T0005: {@code what} (a variable's name, or a new object) escapes tracking, {@code how}. */
  record Escapes(Tree tree, String what, String how) implements Finding {}
}
