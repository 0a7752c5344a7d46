package dev.patina.processors.async;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;

/**
 * The class hierarchy the rewriter needs to type the operand stack and locals of a method and to
 * write its stack map frames: who extends what. Inside javac it comes from the compiler's own
 * symbols ({@link ElementsHierarchy}), so the classes being compiled need not be loadable; outside
 * it, from a class loader ({@link LoaderHierarchy}).
 */
interface Hierarchy {

  /** What is known of the class or interface with JVM internal name {@code internalName}. */
  Optional<Info> info(String internalName);

  /**
   * A class's place in the hierarchy.
   *
   * @param superName the internal name of the superclass, null for {@code java/lang/Object} and
   *     interfaces
   * @param interfaces the internal names of the interfaces it directly implements or extends
   */
  record Info(boolean isInterface, String superName, List<String> interfaces) {}

  /** This hierarchy, asking {@code fallback} about the classes this one does not know. */
  default Hierarchy orElse(Hierarchy fallback) {
    return internalName -> info(internalName).or(() -> fallback.info(internalName));
  }

  /** Whether a value of class {@code from} may be stored where {@code to} is expected. */
  default boolean isAssignable(String to, String from) {
    if (to.equals(from) || to.equals("java/lang/Object")) {
      return true;
    }
    ArrayDeque<String> pending = new ArrayDeque<>(List.of(from));
    while (!pending.isEmpty()) {
      String name = pending.pop();
      if (name.equals(to)) {
        return true;
      }
      info(name).ifPresent(i -> {
        if (i.superName() != null) {
          pending.push(i.superName());
        }
        i.interfaces().forEach(pending::push);
      });
    }
    return false;
  }

  /** The superclass of {@code internalName}, or null for Object, interfaces and unknown classes. */
  default String superName(String internalName) {
    return info(internalName).map(Info::superName).orElse(null);
  }

  /** Whether {@code internalName} is an interface ({@code false} when unknown). */
  default boolean isInterface(String internalName) {
    return info(internalName).map(Info::isInterface).orElse(false);
  }

  /**
   * The most specific class both classes extend, as the JVM's verifier merges them: an interface on
   * either side merges to {@code java/lang/Object}.
   */
  default String commonSuperClass(String a, String b) {
    if (isInterface(a) || isInterface(b)) {
      return "java/lang/Object";
    }
    for (String up = a; up != null; up = superName(up)) {
      if (isAssignable(up, b)) {
        return up;
      }
    }
    return "java/lang/Object";
  }
}
