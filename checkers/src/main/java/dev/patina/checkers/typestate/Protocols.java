package dev.patina.checkers.typestate;

import dev.patina.typestate.Drops;
import dev.patina.typestate.Ensures;
import dev.patina.typestate.EnsuresWhen;
import dev.patina.typestate.Protocol;
import dev.patina.typestate.Requires;
import dev.patina.typestate.State;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.type.TypeVariable;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Reads the typestate annotations, as the checker's type factory: the protocol of a type (its own
 * {@code @Protocol} or the nearest supertype's, interfaces included), the contract of a method
 * (its own annotations, or those of the method it overrides) and the {@code @State} of a
 * declaration. Every answer is cached; a type without a protocol costs one walk of its supertypes.
 */
final class Protocols {

  private static final String PROTOCOL = Protocol.class.getCanonicalName();
  private static final String REQUIRES = Requires.class.getCanonicalName();
  private static final String ENSURES = Ensures.class.getCanonicalName();
  private static final String ENSURES_WHEN = EnsuresWhen.class.getCanonicalName();
  private static final String ENSURES_WHEN_LIST = EnsuresWhen.List.class.getCanonicalName();
  private static final String DROPS = Drops.class.getCanonicalName();
  private static final String STATE = State.class.getCanonicalName();

  private final Types types;
  private final Elements elements;
  private final Map<TypeElement, Optional<ProtocolModel>> protocols = new HashMap<>();
  private final Map<ExecutableElement, Contract> contracts = new HashMap<>();

  Protocols(ProcessingEnvironment env) {
    this.types = env.getTypeUtils();
    this.elements = env.getElementUtils();
  }

  Types types() {
    return types;
  }

  /** Whether {@code @Protocol} is on the class path at all; if not, no code can use a protocol. */
  boolean available() {
    return elements.getTypeElement(PROTOCOL) != null;
  }

  Elements elements() {
    return elements;
  }

  /** The protocol objects of this type follow, or null. A type variable has its bound's. */
  ProtocolModel of(TypeMirror type) {
    if (type == null) {
      return null;
    }
    if (type.getKind() == TypeKind.TYPEVAR) {
      return of(((TypeVariable) type).getUpperBound());
    }
    if (type.getKind() != TypeKind.DECLARED || !(((DeclaredType) type).asElement() instanceof TypeElement te)) {
      return null;
    }
    return of(te);
  }

  ProtocolModel of(TypeElement type) {
    Optional<ProtocolModel> cached = protocols.get(type);
    if (cached != null) {
      return cached.orElse(null);
    }
    // seed the cache first: a malformed (cyclic) hierarchy must not recurse forever
    protocols.put(type, Optional.empty());
    ProtocolModel model = declared(type);
    if (model == null) {
      for (TypeMirror sup : types.directSupertypes(type.asType())) {
        model = of(sup);
        if (model != null) {
          break;
        }
      }
    }
    protocols.put(type, Optional.ofNullable(model));
    return model;
  }

  /** The {@code @Protocol} written on {@code type} itself, or null. */
  ProtocolModel declared(TypeElement type) {
    AnnotationMirror m = find(type.getAnnotationMirrors(), PROTOCOL);
    if (m == null) {
      return null;
    }
    List<String> states = strings(m, "states");
    String initial = strings(m, "initial").stream().findFirst().orElse("");
    return new ProtocolModel(type, m, List.copyOf(new LinkedHashSet<>(states)), initial, Set.copyOf(strings(m, "end")));
  }

  /** The contract of a method: its own annotations, else those of a method it overrides. */
  Contract contract(ExecutableElement method) {
    Contract cached = contracts.get(method);
    if (cached != null) {
      return cached;
    }
    contracts.put(method, Contract.NONE);
    Contract own = declaredContract(method);
    if (own.isNone() && method.getEnclosingElement() instanceof TypeElement owner) {
      own = inherited(method, owner);
    }
    contracts.put(method, own);
    return own;
  }

  /** The nearest contract among the methods {@code method} overrides, through every supertype. */
  private Contract inherited(ExecutableElement method, TypeElement owner) {
    java.util.ArrayDeque<TypeMirror> todo = new java.util.ArrayDeque<>(types.directSupertypes(owner.asType()));
    Set<Element> seen = new java.util.HashSet<>();
    while (!todo.isEmpty()) {
      if (!(todo.poll() instanceof DeclaredType dt) || !(dt.asElement() instanceof TypeElement st) || !seen.add(st)) {
        continue;
      }
      for (ExecutableElement m : ElementFilter.methodsIn(st.getEnclosedElements())) {
        if (m.getSimpleName().equals(method.getSimpleName()) && elements.overrides(method, m, owner)) {
          Contract c = declaredContract(m);
          if (!c.isNone()) {
            return c;
          }
        }
      }
      todo.addAll(types.directSupertypes(st.asType()));
    }
    return Contract.NONE;
  }

  /** The contract written on {@code method} itself. */
  Contract declaredContract(ExecutableElement method) {
    List<? extends AnnotationMirror> annos = method.getAnnotationMirrors();
    AnnotationMirror req = find(annos, REQUIRES);
    AnnotationMirror ens = find(annos, ENSURES);
    Map<String, String> when = new LinkedHashMap<>();
    for (AnnotationMirror w : ensuresWhen(method)) {
      List<String> result = strings(w, "result");
      List<String> state = strings(w, "state");
      if (!result.isEmpty() && !state.isEmpty()) {
        when.put(result.get(0), state.get(0));
      }
    }
    Set<String> requires = req == null ? null : Set.copyOf(new LinkedHashSet<>(strings(req, "value")));
    String ensures = ens == null ? null : strings(ens, "value").stream().findFirst().orElse(null);
    return new Contract(requires, ensures, Map.copyOf(when), results(method.getReturnType()), find(annos, DROPS) != null);
  }

  /** The results a method of this result type can return, as {@code @EnsuresWhen} names them; empty if not a boolean or an enum. */
  static List<String> results(TypeMirror type) {
    if (type.getKind() == TypeKind.BOOLEAN) {
      return List.of("true", "false");
    }
    return isEnum(type) ? List.copyOf(enumConstants(type)) : List.of();
  }

  /**
   * The methods of {@code type} (inherited ones too) that can bring an object into one of {@code
   * targets}, or end its protocol if {@code orDrops}: for help lines, as {@code `close()`}.
   */
  List<String> methodsReaching(TypeElement type, Set<String> targets, boolean orDrops) {
    List<String> out = new ArrayList<>();
    for (ExecutableElement m : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      Contract c = contract(m);
      boolean reaches = (c.ensures() != null && targets.contains(c.ensures()))
          || c.when().values().stream().anyMatch(targets::contains) || (orDrops && c.drops());
      String name = "`" + m.getSimpleName() + "()`";
      if (reaches && !out.contains(name)) {
        out.add(name);
      }
    }
    return out;
  }

  /** Every {@code @EnsuresWhen} on the method, from the container too. */
  List<AnnotationMirror> ensuresWhen(ExecutableElement method) {
    List<AnnotationMirror> out = new ArrayList<>();
    for (AnnotationMirror m : method.getAnnotationMirrors()) {
      String name = nameOf(m);
      if (name.equals(ENSURES_WHEN)) {
        out.add(m);
      } else if (name.equals(ENSURES_WHEN_LIST)) {
        for (Object v : values(m, "value")) {
          if (v instanceof AnnotationMirror inner) {
            out.add(inner);
          }
        }
      }
    }
    return out;
  }

  /** The {@code @State} of a parameter, field or local (on its type or its declaration), or null. */
  StateSpec stateOf(Element var) {
    AnnotationMirror m = stateMirror(var);
    return m == null ? null : spec(m);
  }

  /** The {@code @State} of a method's result, or null. */
  StateSpec resultState(ExecutableElement method) {
    AnnotationMirror m = find(method.getReturnType().getAnnotationMirrors(), STATE);
    return m == null ? null : spec(m);
  }

  AnnotationMirror stateMirror(Element var) {
    AnnotationMirror m = find(var.asType().getAnnotationMirrors(), STATE);
    return m != null ? m : find(var.getAnnotationMirrors(), STATE);
  }

  static StateSpec spec(AnnotationMirror m) {
    return new StateSpec(Set.copyOf(strings(m, "value")), Set.copyOf(strings(m, "after")));
  }

  static AnnotationMirror find(List<? extends AnnotationMirror> annos, String name) {
    for (AnnotationMirror m : annos) {
      if (nameOf(m).equals(name)) {
        return m;
      }
    }
    return null;
  }

  static boolean isTypestateAnnotation(AnnotationMirror m) {
    return nameOf(m).startsWith("dev.patina.typestate.");
  }

  static String nameOf(AnnotationMirror m) {
    return m.getAnnotationType().asElement() instanceof TypeElement te ? te.getQualifiedName().toString() : "";
  }

  /** The strings of an element of an annotation; a single value counts as a one-element array. */
  static List<String> strings(AnnotationMirror m, String element) {
    List<String> out = new ArrayList<>();
    for (Object v : values(m, element)) {
      if (v instanceof String s) {
        out.add(s);
      }
    }
    return out;
  }

  /** The raw values of an annotation element (written or defaulted); empty if it has none. */
  private static List<Object> values(AnnotationMirror m, String element) {
    List<Object> out = new ArrayList<>();
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e : m.getElementValues().entrySet()) {
      if (!e.getKey().getSimpleName().contentEquals(element) || e.getValue() == null) {
        continue;
      }
      Object v = e.getValue().getValue();
      if (v instanceof List<?> list) {
        for (Object item : list) {
          if (item instanceof AnnotationValue av) {
            out.add(av.getValue());
          }
        }
      } else {
        out.add(v);
      }
    }
    return out;
  }

  /** Whether {@code t} is an enum type, whose constants can be the states a result decides. */
  static boolean isEnum(TypeMirror t) {
    return t.getKind() == TypeKind.DECLARED && ((DeclaredType) t).asElement().getKind() == ElementKind.ENUM;
  }

  private static List<String> enumConstants(TypeMirror t) {
    List<String> out = new ArrayList<>();
    for (Element e : ((DeclaredType) t).asElement().getEnclosedElements()) {
      if (e.getKind() == ElementKind.ENUM_CONSTANT) {
        out.add(e.getSimpleName().toString());
      }
    }
    return out;
  }
}
