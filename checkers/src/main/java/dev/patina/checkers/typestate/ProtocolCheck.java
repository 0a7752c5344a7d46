package dev.patina.checkers.typestate;

import com.sun.source.tree.AnnotationTree;
import com.sun.source.tree.ClassTree;
import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.MethodTree;
import com.sun.source.tree.ModifiersTree;
import com.sun.source.tree.Tree;
import com.sun.source.tree.VariableTree;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import org.checkerframework.javacutil.TreeUtils;

/**
 * T0004: the checks that need no flow. A {@code @Protocol} must be well formed (its initial and end
 * states among its states, every end state and every {@code @Requires} state reachable from the
 * initial state, the same states as any protocol it inherits), and every typestate annotation must
 * sit where it means something and name states its protocol has.
 */
final class ProtocolCheck {

  /** Where a problem is reported: a tree, a message, a help line. */
  interface Sink {
    void report(Tree at, String what, String help);
  }

  private final Protocols protocols;
  private final Sink sink;

  ProtocolCheck(Protocols protocols, Sink sink) {
    this.protocols = protocols;
    this.sink = sink;
  }

  /** The protocol a class declares, and whether it agrees with the one it inherits. */
  void checkClass(ClassTree tree, TypeElement cls, Set<String> introduced) {
    ProtocolModel own = protocols.declared(cls);
    if (own == null) {
      return;
    }
    Tree at = annotation(tree.getModifiers(), "dev.patina.typestate.Protocol", tree);
    String name = "`@Protocol` of `" + cls.getSimpleName() + "`";
    if (own.states().isEmpty()) {
      sink.report(at, name + " declares no states", "list the states, e.g. `states = {\"Closed\", \"Open\"}`");
      return;
    }
    if (!own.has(own.initial())) {
      sink.report(at, name + " starts in `" + own.initial() + "`, which is not among its states " + own.describe(own.states()).replace(" or ", " and "),
          "make `initial` one of the states, or add `" + own.initial() + "` to `states`");
    }
    for (String e : own.end()) {
      if (!own.has(e)) {
        sink.report(at, name + " ends in `" + e + "`, which is not among its states", "make each `end` state one of the states");
      }
    }
    if (own.end().isEmpty()) {
      sink.report(at, name + " has no end state, so no object of it could ever be dropped", "list the states an object may be dropped in as `end`");
    }
    for (TypeMirror sup : protocols.types().directSupertypes(cls.asType())) {
      ProtocolModel inherited = protocols.of(sup);
      if (inherited != null && inherited.owner() != cls && !sameStates(own, inherited)) {
        sink.report(at, name + " changes the states of the protocol it inherits from `" + inherited.name() + "`",
            "a subtype may add methods but not change the states: remove this `@Protocol`, or declare the same states, initial and end as `" + inherited.name() + "`");
      }
    }
    if (own.has(own.initial())) {
      reachability(tree, cls, own, at, introduced);
    }
  }

  private static boolean sameStates(ProtocolModel a, ProtocolModel b) {
    return Set.copyOf(a.states()).equals(Set.copyOf(b.states())) && a.initial().equals(b.initial()) && a.end().equals(b.end());
  }

  /** End states and {@code @Requires} states must be reachable from the initial state. */
  private void reachability(ClassTree tree, TypeElement cls, ProtocolModel p, Tree at, Set<String> introduced) {
    List<ExecutableElement> methods = ElementFilter.methodsIn(cls.getEnclosedElements());
    Set<String> reached = new LinkedHashSet<>();
    Deque<String> todo = new ArrayDeque<>();
    todo.add(p.initial());
    introduced.stream().filter(p::has).forEach(todo::add);
    while (!todo.isEmpty()) {
      String s = todo.poll();
      if (!reached.add(s)) {
        continue;
      }
      for (ExecutableElement m : allMethods(cls)) {
        Contract c = protocols.contract(m);
        if (c.allows(s)) {
          Set<String> next = c.after(Set.of(s));
          next.stream().filter(p::has).forEach(todo::add);
        }
      }
    }
    for (String e : p.ordered(p.end())) {
      if (p.has(e) && !reached.contains(e)) {
        sink.report(at, "end state `" + e + "` of `" + cls.getSimpleName() + "` cannot be reached from `" + p.initial() + "`",
            "add a method that `@Ensures(\"" + e + "\")`, or remove `" + e + "` from `end`");
      }
    }
    for (ExecutableElement m : methods) {
      Contract c = protocols.declaredContract(m);
      if (c.requires() == null) {
        continue;
      }
      for (String s : p.ordered(c.requires())) {
        if (p.has(s) && !reached.contains(s)) {
          MethodTree mt = methodTree(tree, m);
          sink.report(mt != null ? annotation(mt.getModifiers(), "dev.patina.typestate.Requires", mt) : at,
              "`" + m.getSimpleName() + "()` requires `" + s + "`, which no path from `" + p.initial() + "` reaches",
              "add a method that `@Ensures(\"" + s + "\")`, or remove `" + s + "` from this `@Requires`");
        }
      }
    }
  }

  private List<ExecutableElement> allMethods(TypeElement cls) {
    return ElementFilter.methodsIn(protocols.elements().getAllMembers(cls));
  }

  private static MethodTree methodTree(ClassTree cls, ExecutableElement m) {
    for (Tree member : cls.getMembers()) {
      if (member instanceof MethodTree mt && m.equals(TreeUtils.elementFromDeclaration(mt))) {
        return mt;
      }
    }
    return null;
  }

  /** The method annotations: on a protocol class's instance method, naming its states. */
  void checkMethod(MethodTree tree, ExecutableElement m) {
    Contract c = protocols.declaredContract(m);
    List<AnnotationMirror> whens = protocols.ensuresWhen(m);
    boolean annotated = !c.isNone() || !whens.isEmpty();
    if (annotated) {
      ProtocolModel p = m.getEnclosingElement() instanceof TypeElement owner ? protocols.of(owner) : null;
      String name = "`" + m.getSimpleName() + "()`";
      if (p == null) {
        sink.report(tree, "typestate annotations on " + name + ", but `" + m.getEnclosingElement().getSimpleName()
            + "` has no `@Protocol`", "declare the states with `@Protocol` on the class, or remove the annotations");
      } else if (m.getModifiers().contains(Modifier.STATIC) || m.getKind() == ElementKind.CONSTRUCTOR) {
        sink.report(tree, "typestate annotations on " + name + ", which has no receiver whose state they could describe",
            "put `@Requires`, `@Ensures`, `@EnsuresWhen` and `@Drops` on instance methods only");
      } else {
        checkNames(tree, p, c, m);
      }
    }
    StateSpec result = protocols.resultState(m);
    if (result != null) {
      checkSpec(tree, m.getReturnType(), result, "the result of `" + m.getSimpleName() + "()`", false);
    }
  }

  private void checkNames(MethodTree tree, ProtocolModel p, Contract c, ExecutableElement m) {
    String name = "`" + m.getSimpleName() + "()`";
    if (c.requires() != null) {
      unknown(annotation(tree.getModifiers(), "dev.patina.typestate.Requires", tree), p, c.requires(), "`@Requires` on " + name);
    }
    if (c.ensures() != null) {
      unknown(annotation(tree.getModifiers(), "dev.patina.typestate.Ensures", tree), p, Set.of(c.ensures()), "`@Ensures` on " + name);
    }
    if (c.when().isEmpty()) {
      return;
    }
    Tree whenAt = annotation(tree.getModifiers(), "dev.patina.typestate.EnsuresWhen", tree);
    unknown(whenAt, p, Set.copyOf(c.when().values()), "`@EnsuresWhen` on " + name);
    TypeMirror r = m.getReturnType();
    List<String> results = c.results();
    if (results.isEmpty()) {
      sink.report(whenAt, "`@EnsuresWhen` on " + name + ", whose result is `" + r + "`, not a `boolean` or an enum",
          "use `@Ensures` for a method whose result does not decide the state");
      return;
    }
    for (String given : c.when().keySet()) {
      if (!results.contains(given)) {
        sink.report(whenAt, "`@EnsuresWhen(result = \"" + given + "\")` on " + name + " names no result it can return",
            "write one of " + String.join(", ", results.stream().map(x -> "\"" + x + "\"").toList()));
      }
    }
  }

  /** A {@code @State} on a variable (parameter, field or local). */
  void checkVariable(VariableTree tree, VariableElement var) {
    StateSpec spec = protocols.stateOf(var);
    if (spec != null) {
      checkSpec(tree, var.asType(), spec, "`" + var.getSimpleName() + "`", var.getKind() == ElementKind.PARAMETER);
    }
  }

  private void checkSpec(Tree tree, TypeMirror type, StateSpec spec, String what, boolean parameter) {
    Tree at = tree instanceof VariableTree v ? annotation(v.getModifiers(), "dev.patina.typestate.State", tree)
        : tree instanceof MethodTree m ? annotation(m.getModifiers(), "dev.patina.typestate.State", tree) : tree;
    ProtocolModel p = protocols.of(type);
    if (p == null) {
      sink.report(at, "`@State` on " + what + ", whose type `" + simple(type) + "` has no `@Protocol`",
          "remove the `@State`, or declare the states with `@Protocol` on the class");
      return;
    }
    if (spec.value().isEmpty()) {
      sink.report(at, "`@State` on " + what + " names no state", "list the states it may be in");
    }
    unknown(at, p, spec.value(), "`@State` on " + what);
    if (!spec.after().isEmpty() && !parameter) {
      sink.report(at, "`@State(after = ...)` on " + what + ": only a parameter is handed back to a caller in `after` states",
          "remove `after`; a field must always be back in its `@State` states when a method returns");
    }
    unknown(at, p, spec.after(), "`@State(after = ...)` on " + what);
  }

  private void unknown(Tree at, ProtocolModel p, Set<String> named, String where) {
    for (String s : p.ordered(named)) {
      if (!p.has(s)) {
        sink.report(at, where + " names state `" + s + "`, which protocol `" + p.name() + "` does not have",
            "use one of " + p.describe(p.states()).replace(" or ", ", "));
      }
    }
  }

  /** The states the {@code @State} annotations of a compilation unit introduce, per protocol owner. */
  static Map<TypeElement, Set<String>> introduced(CompilationUnitTree root, Protocols protocols) {
    Map<TypeElement, Set<String>> out = new java.util.HashMap<>();
    new com.sun.source.util.TreeScanner<Void, Void>() {
      @Override
      public Void visitMethod(MethodTree m, Void v) {
        ExecutableElement e = TreeUtils.elementFromDeclaration(m);
        StateSpec s = e == null ? null : protocols.resultState(e);
        add(e == null ? null : e.getReturnType(), s);
        return super.visitMethod(m, v);
      }

      @Override
      public Void visitVariable(VariableTree t, Void v) {
        VariableElement e = TreeUtils.elementFromDeclaration(t);
        if (e != null && e.getKind() == ElementKind.PARAMETER) {
          add(e.asType(), protocols.stateOf(e));
        }
        return super.visitVariable(t, v);
      }

      private void add(TypeMirror type, StateSpec s) {
        ProtocolModel p = s == null ? null : protocols.of(type);
        if (p != null) {
          out.computeIfAbsent(p.owner(), k -> new LinkedHashSet<>()).addAll(s.value());
        }
      }
    }.scan(root, null);
    return out;
  }

  private static String simple(TypeMirror t) {
    return t instanceof DeclaredType dt ? dt.asElement().getSimpleName().toString() : t.toString();
  }

  private static Tree annotation(ModifiersTree mods, String name, Tree fallback) {
    if (mods != null) {
      for (AnnotationTree a : mods.getAnnotations()) {
        if (TreeUtils.typeOf(a.getAnnotationType()) instanceof DeclaredType dt
            && dt.asElement() instanceof TypeElement te && te.getQualifiedName().contentEquals(name)) {
          return a;
        }
      }
    }
    return fallback;
  }
}
