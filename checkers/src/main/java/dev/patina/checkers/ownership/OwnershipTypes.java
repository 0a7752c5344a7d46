package dev.patina.checkers.ownership;

import dev.patina.ownership.Affine;
import dev.patina.ownership.Borrowed;
import dev.patina.ownership.BorrowedFrom;
import dev.patina.ownership.Consume;
import dev.patina.ownership.Linear;
import dev.patina.ownership.Mut;
import dev.patina.ownership.NotSend;
import dev.patina.ownership.Owned;
import dev.patina.ownership.Send;
import java.lang.annotation.Annotation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * What the ownership checker knows about types and declarations: which types are tracked, and in
 * which mode a parameter, receiver, result or field holds its value. This is the checker's type
 * factory: every question about a declaration goes through here, and the answers are cached.
 */
final class OwnershipTypes {

  /** How a type is tracked. */
  enum Tracking {
    /** Not marked: plain Java, never checked. */
    NONE,
    /** {@code @Affine}: move-only; may be dropped. */
    AFFINE,
    /** {@code @Linear}: must be consumed exactly once. */
    LINEAR
  }

  private final Types types;
  private final Elements elements;
  private final OwnershipStubs stubs;
  private final Map<TypeElement, Tracking> trackingCache = new HashMap<>();
  private final Map<ExecutableElement, MethodModes> methodCache = new HashMap<>();
  private final Map<TypeElement, Boolean> notSendCache = new HashMap<>();

  OwnershipTypes(ProcessingEnvironment env, OwnershipStubs stubs) {
    this.types = env.getTypeUtils();
    this.elements = env.getElementUtils();
    this.stubs = stubs;
  }

  Types types() {
    return types;
  }

  /** The tracking of a type: that of its class, looking through arrays not at all. */
  Tracking tracking(TypeMirror type) {
    if (type == null) {
      return Tracking.NONE;
    }
    switch (type.getKind()) {
      case TYPEVAR -> {
        // <T extends Conn>: whatever T is, it is a Conn
        return tracking(((javax.lang.model.type.TypeVariable) type).getUpperBound());
      }
      case WILDCARD -> {
        TypeMirror bound = ((javax.lang.model.type.WildcardType) type).getExtendsBound();
        return bound == null ? Tracking.NONE : tracking(bound);
      }
      case INTERSECTION -> {
        Tracking strongest = Tracking.NONE;
        for (TypeMirror b : ((javax.lang.model.type.IntersectionType) type).getBounds()) {
          Tracking t = tracking(b);
          strongest = t.compareTo(strongest) > 0 ? t : strongest;
        }
        return strongest;
      }
      case DECLARED -> {}
      default -> {
        return Tracking.NONE;
      }
    }
    Element element = ((DeclaredType) type).asElement();
    return element instanceof TypeElement te ? tracking(te) : Tracking.NONE;
  }

  boolean isTracked(TypeMirror type) {
    return tracking(type) != Tracking.NONE;
  }

  boolean isLinear(TypeMirror type) {
    return tracking(type) == Tracking.LINEAR;
  }

  /**
   * The tracking of a class: its own marker, else the strongest marker of any supertype (markers
   * are inherited through interfaces too, which {@code @Inherited} alone does not do).
   */
  Tracking tracking(TypeElement type) {
    Tracking cached = trackingCache.get(type);
    if (cached != null) {
      return cached;
    }
    // seed the cache first: a malformed (cyclic) hierarchy must not recurse forever
    trackingCache.put(type, Tracking.NONE);
    Tracking result;
    if (has(type, Linear.class)) {
      result = Tracking.LINEAR;
    } else if (has(type, Affine.class)) {
      result = Tracking.AFFINE;
    } else {
      result = Tracking.NONE;
      for (TypeMirror sup : types.directSupertypes(type.asType())) {
        Tracking t = tracking(sup);
        if (t.compareTo(result) > 0) {
          result = t;
        }
      }
    }
    trackingCache.put(type, result);
    return result;
  }

  /** The modes a method declares, merged with the stub files and with the methods it overrides. */
  MethodModes modes(ExecutableElement method) {
    MethodModes cached = methodCache.get(method);
    if (cached != null) {
      return cached;
    }
    MethodModes own = declaredModes(method);
    if (!own.anyOwned() && !own.anySend() && method.getEnclosingElement() instanceof TypeElement) {
      own = own.or(inheritedModes(method));
    }
    methodCache.put(method, own);
    return own;
  }

  /** The modes written on {@code method} itself (or in a stub for it), ignoring what it overrides. */
  MethodModes declaredModes(ExecutableElement method) {
    List<? extends VariableElement> params = method.getParameters();
    boolean[] ownedParams = new boolean[params.size()];
    boolean[] sendParams = new boolean[params.size()];
    boolean[] mutParams = new boolean[params.size()];
    for (int i = 0; i < params.size(); i++) {
      VariableElement p = params.get(i);
      ownedParams[i] = isOwnedParameter(p);
      sendParams[i] = hasTypeUse(p.asType(), Send.class) || has(p, Send.class);
      mutParams[i] = isMut(p);
    }
    MethodModes stub = stubs.lookup(method, types);
    boolean consume = has(method, Consume.class);
    boolean mut = has(method, Mut.class);
    boolean borrowedFrom = has(method, BorrowedFrom.class);
    boolean borrowedResult = hasTypeUse(method.getReturnType(), Borrowed.class) || passesThrough(method)
        || ownedComponentAccessor(method);
    MethodModes declared =
        new MethodModes(ownedParams, sendParams, mutParams, consume, mut, borrowedFrom || borrowedResult);
    return stub == null ? declared : declared.or(stub);
  }

  /**
   * A generic method whose result has the type of one of its own type parameters that a parameter
   * also has ({@code <T> T requireNonNull(T obj)}) hands back what it was given: its result is a
   * borrow of the argument, not a new owned value. A class's type parameter ({@code E get(int)})
   * does not count: that result is an element the taker owns.
   */
  private boolean passesThrough(ExecutableElement method) {
    if (method.getReturnType().getKind() != TypeKind.TYPEVAR) {
      return false;
    }
    Element var = ((javax.lang.model.type.TypeVariable) method.getReturnType()).asElement();
    if (!method.getTypeParameters().contains(var)) {
      return false;
    }
    for (VariableElement p : method.getParameters()) {
      if (types.isSameType(p.asType(), method.getReturnType()) && !isOwnedParameter(p)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether values of this type must stay on their thread: the class or any supertype is
   * {@code @NotSend} (interfaces included).
   */
  boolean isNotSend(TypeMirror type) {
    if (type == null || type.getKind() != TypeKind.DECLARED
        || !(((DeclaredType) type).asElement() instanceof TypeElement te)) {
      return false;
    }
    Boolean cached = notSendCache.get(te);
    if (cached != null) {
      return cached;
    }
    notSendCache.put(te, false); // a cyclic hierarchy must not recurse forever
    boolean result = has(te, NotSend.class);
    for (TypeMirror sup : types.directSupertypes(te.asType())) {
      result |= isNotSend(sup);
    }
    notSendCache.put(te, result);
    return result;
  }

  /** A record's accessor of an {@code @Owned} component lends the component; the record keeps it. */
  private boolean ownedComponentAccessor(ExecutableElement method) {
    if (!org.checkerframework.javacutil.ElementUtils.isRecordAccessor(method)
        || !(method.getEnclosingElement() instanceof TypeElement record)) {
      return false;
    }
    for (VariableElement field : ElementFilter.fieldsIn(record.getEnclosedElements())) {
      if (field.getSimpleName().contentEquals(method.getSimpleName())) {
        return isOwnedField(field) || hasTypeUse(method.getReturnType(), Owned.class);
      }
    }
    return false;
  }

  /** Modes of the methods that {@code method} overrides, e.g. {@code Collection.add} for a list. */
  private MethodModes inheritedModes(ExecutableElement method) {
    MethodModes result = MethodModes.none(method.getParameters().size());
    for (ExecutableElement m : overridden(method)) {
      result = result.or(declaredModes(m));
    }
    return result;
  }

  /** Every method, in every supertype, that {@code method} overrides; nearest first. */
  List<ExecutableElement> overridden(ExecutableElement method) {
    List<ExecutableElement> result = new ArrayList<>();
    if (!(method.getEnclosingElement() instanceof TypeElement owner)
        || method.getKind() != ElementKind.METHOD
        || method.getModifiers().contains(Modifier.STATIC)) {
      return result;
    }
    Deque<TypeMirror> work = new ArrayDeque<>(types.directSupertypes(owner.asType()));
    Set<TypeElement> seen = new HashSet<>();
    while (!work.isEmpty()) {
      if (!(types.asElement(work.pop()) instanceof TypeElement sup) || !seen.add(sup)) {
        continue;
      }
      for (ExecutableElement m : ElementFilter.methodsIn(sup.getEnclosedElements())) {
        if (m.getSimpleName().contentEquals(method.getSimpleName())
            && elements.overrides(method, m, owner)) {
          result.add(m);
        }
      }
      work.addAll(types.directSupertypes(sup.asType()));
    }
    return result;
  }

  /** The lender a {@code @BorrowedFrom} method names ({@code "this"} or a parameter), or null. */
  static String borrowedFrom(ExecutableElement method) {
    for (AnnotationMirror m : method.getAnnotationMirrors()) {
      if (nameOf(m).equals(BorrowedFrom.class.getCanonicalName())) {
        for (var e : m.getElementValues().entrySet()) {
          if (e.getKey().getSimpleName().contentEquals("value")) {
            return String.valueOf(e.getValue().getValue());
          }
        }
      }
    }
    return null;
  }

  /** An exception type a method need not declare: a subtype of RuntimeException or Error. */
  boolean isUnchecked(TypeMirror exception) {
    for (String name : List.of("java.lang.RuntimeException", "java.lang.Error")) {
      TypeElement t = elements.getTypeElement(name);
      if (t != null && types.isSubtype(exception, t.asType())) {
        return true;
      }
    }
    return false;
  }

  /** Whether a parameter of a tracked type is declared {@code @Owned}; otherwise it borrows. */
  boolean isOwnedParameter(VariableElement param) {
    TypeMirror t = param.asType();
    // '@Owned Conn... cs' annotates the component type of the varargs array
    boolean component = t.getKind() == TypeKind.ARRAY
        && hasTypeUse(((javax.lang.model.type.ArrayType) t).getComponentType(), Owned.class);
    return hasTypeUse(t, Owned.class) || has(param, Owned.class) || component;
  }

  /** Whether a parameter or local was declared {@code @Mut}: an exclusive borrow. */
  boolean isMut(VariableElement var) {
    return hasTypeUse(var.asType(), Mut.class) || has(var, Mut.class);
  }

  /** Whether a local variable was declared {@code @Borrowed} or {@code @Mut}: it then never owns. */
  boolean isBorrowedLocal(VariableElement local) {
    TypeMirror t = local.asType();
    return hasTypeUse(t, Borrowed.class)
        || hasTypeUse(t, Mut.class)
        || has(local, Borrowed.class)
        || has(local, Mut.class);
  }

  /** An {@code @Owned} field whose type is tracked: the object owns what it holds. */
  boolean isOwnedField(VariableElement field) {
    return field.getKind() == ElementKind.FIELD
        && !field.getModifiers().contains(Modifier.STATIC)
        && isTracked(field.asType())
        && (hasTypeUse(field.asType(), Owned.class) || has(field, Owned.class));
  }

  static boolean has(Element element, Class<? extends Annotation> annotation) {
    String name = annotation.getCanonicalName();
    for (AnnotationMirror m : element.getAnnotationMirrors()) {
      if (nameOf(m).equals(name)) {
        return true;
      }
    }
    return false;
  }

  static boolean hasTypeUse(TypeMirror type, Class<? extends Annotation> annotation) {
    String name = annotation.getCanonicalName();
    for (AnnotationMirror m : type.getAnnotationMirrors()) {
      if (nameOf(m).equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static String nameOf(AnnotationMirror m) {
    return ((TypeElement) m.getAnnotationType().asElement()).getQualifiedName().toString();
  }

  /** The simple name of a declared type, for messages ({@code Conn}, not {@code com.example.Conn}). */
  static String simpleName(TypeMirror type) {
    if (type != null && type.getKind() == TypeKind.DECLARED) {
      return ((DeclaredType) type).asElement().getSimpleName().toString();
    }
    return String.valueOf(type);
  }

  /** " with `close()`" when the type has a {@code @Consume} method, for help lines. */
  static String consumeHint(TypeMirror type) {
    if (type == null || type.getKind() != TypeKind.DECLARED) {
      return "";
    }
    TypeElement te = (TypeElement) ((DeclaredType) type).asElement();
    for (ExecutableElement m : ElementFilter.methodsIn(te.getEnclosedElements())) {
      if (has(m, Consume.class)) {
        return " with `" + m.getSimpleName() + "()`";
      }
    }
    return "";
  }

  /**
   * The ownership modes of one method: which parameters take ownership, whether the receiver is
   * consumed or borrowed exclusively, and whether the result is a borrow rather than an owned value.
   */
  record MethodModes(
      boolean[] ownedParams,
      boolean[] sendParams,
      boolean[] mutParams,
      boolean consumesReceiver,
      boolean mutReceiver,
      boolean borrowedResult) {

    static MethodModes none(int arity) {
      return new MethodModes(new boolean[arity], new boolean[arity], new boolean[arity], false, false, false);
    }

    /** Whether argument {@code index} is borrowed exclusively for the call ({@code @Mut}). */
    boolean mutArgument(int index) {
      return mutParams.length > 0 && mutParams[Math.min(index, mutParams.length - 1)];
    }

    /** Whether argument {@code index} crosses to another thread ({@code @Send}). */
    boolean sendsArgument(int index) {
      return sendParams.length > 0 && sendParams[Math.min(index, sendParams.length - 1)];
    }

    boolean anySend() {
      for (boolean b : sendParams) {
        if (b) {
          return true;
        }
      }
      return false;
    }

    /** Whether argument {@code index} moves into the callee (the last parameter repeats for varargs). */
    boolean ownsArgument(int index) {
      if (ownedParams.length == 0) {
        return false;
      }
      return ownedParams[Math.min(index, ownedParams.length - 1)];
    }

    boolean anyOwned() {
      if (consumesReceiver) {
        return true;
      }
      for (boolean b : ownedParams) {
        if (b) {
          return true;
        }
      }
      return false;
    }

    MethodModes or(MethodModes other) {
      return new MethodModes(
          either(ownedParams, other.ownedParams),
          either(sendParams, other.sendParams),
          either(mutParams, other.mutParams),
          consumesReceiver || other.consumesReceiver,
          mutReceiver || other.mutReceiver,
          borrowedResult || other.borrowedResult);
    }

    private static boolean[] either(boolean[] a, boolean[] b) {
      boolean[] merged = a.clone();
      for (int i = 0; i < Math.min(merged.length, b.length); i++) {
        merged[i] |= b[i];
      }
      return merged;
    }
  }
}
