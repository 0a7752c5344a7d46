package dev.patina.checkers.unsafe;

import static com.google.errorprone.matchers.method.MethodMatchers.anyMethod;
import static com.google.errorprone.matchers.method.MethodMatchers.instanceMethod;
import static com.google.errorprone.matchers.method.MethodMatchers.staticMethod;

import com.google.errorprone.VisitorState;
import com.google.errorprone.matchers.Matcher;
import com.google.errorprone.util.ASTHelpers;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.IdentifierTree;
import com.sun.source.tree.MemberReferenceTree;
import com.sun.source.tree.MemberSelectTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.Tree;
import com.sun.tools.javac.code.Flags;
import com.sun.tools.javac.code.Symbol;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The operations X0001 restricts, each with the family that explains why. The JDK's restricted
 * methods of JDK 25 are listed by name, so that the rule reads here and holds with any {@code
 * --release}; any other method the compiling JDK marks restricted (a newer JDK's) counts too.
 */
final class RestrictedOperations {

  /** Why a family of operations is restricted; the key of its note in messages.properties. */
  enum Family {
    /** A segment gets a size or a lifetime the JDK cannot check. */
    FOREIGN_MEMORY,
    /** A native function is called, or Java code is handed to native code. */
    FOREIGN_FUNCTION,
    /** Native code is loaded into the JVM. */
    NATIVE_LIBRARY,
    /** A module is allowed to use restricted methods. */
    NATIVE_ACCESS,
    /** Patina's addition: where native code is first reached. */
    NATIVE_ENTRY,
    /** Raw memory with no bounds or lifetime checks. */
    SUN_MISC_UNSAFE,
    /** A method the compiling JDK marks restricted and this list does not name yet. */
    MARKED_BY_JDK;

    String noteKey() {
      return "note.X0001." + name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /** A restricted operation found at a use: what to call it in a message, and its family. */
  record Operation(String name, Family family) {}

  private record Rule(Matcher<ExpressionTree> matcher, Family family) {}

  private static final String UNSAFE = "sun.misc.Unsafe";
  private static final String INTERNAL_UNSAFE = "jdk.internal.misc.Unsafe";

  /** The field of {@code sun.misc.Unsafe} that holds its one instance, read by reflection. */
  private static final String THE_UNSAFE = "theUnsafe";

  private static final List<Rule> METHODS = List.of(
      // JEP 454 (FFM API, final in JDK 22): the restricted methods of java.lang.foreign
      new Rule(instanceMethod().onDescendantOf("java.lang.foreign.MemorySegment").named("reinterpret"), Family.FOREIGN_MEMORY),
      new Rule(instanceMethod().onDescendantOf("java.lang.foreign.AddressLayout").named("withTargetLayout"), Family.FOREIGN_MEMORY),
      new Rule(instanceMethod().onDescendantOf("java.lang.foreign.Linker").namedAnyOf("downcallHandle", "upcallStub"), Family.FOREIGN_FUNCTION),
      new Rule(staticMethod().onClass("java.lang.foreign.SymbolLookup").named("libraryLookup"), Family.NATIVE_LIBRARY),
      new Rule(instanceMethod().onExactClass("java.lang.ModuleLayer.Controller").named("enableNativeAccess"), Family.NATIVE_ACCESS),
      // JEP 472 (JDK 24): loading native libraries through JNI is restricted too
      new Rule(staticMethod().onClass("java.lang.System").namedAnyOf("load", "loadLibrary"), Family.NATIVE_LIBRARY),
      new Rule(instanceMethod().onExactClass("java.lang.Runtime").namedAnyOf("load", "loadLibrary"), Family.NATIVE_LIBRARY),
      // Patina's additions: the doors to native code, so that all of a binding sits in @Unsafe code
      new Rule(staticMethod().onClass("java.lang.foreign.Linker").named("nativeLinker"), Family.NATIVE_ENTRY),
      new Rule(staticMethod().onClass("java.lang.foreign.SymbolLookup").named("loaderLookup"), Family.NATIVE_ENTRY),
      // sun.misc.Unsafe: every member (taking its instance out of the private field: readsTheUnsafeField)
      new Rule(anyMethod().onClass(UNSAFE), Family.SUN_MISC_UNSAFE),
      new Rule(anyMethod().onClass(INTERNAL_UNSAFE), Family.SUN_MISC_UNSAFE));

  private static final Matcher<ExpressionTree> GET_FIELD =
      instanceMethod().onExactClass("java.lang.Class").namedAnyOf("getDeclaredField", "getField");

  /** javac's flag for a method the JDK annotates {@code @jdk.internal.javac.Restricted}; 0 if this javac has none. */
  private static final long RESTRICTED_FLAG = restrictedFlag();

  private static final Set<String> NOT_MEMBERS = Set.of("class", "this", "super");

  private RestrictedOperations() {}

  /** The restricted operation that {@code use} performs, if any: a call, a method reference, a field read. */
  static Optional<Operation> used(Tree use, VisitorState state) {
    return switch (use) {
      case MethodInvocationTree call -> invoked(call, state);
      case MemberReferenceTree reference -> invoked(reference, state);
      case MemberSelectTree select -> fieldRead(select);
      case IdentifierTree name -> fieldRead(name);
      default -> Optional.empty();
    };
  }

  /** The restricted operation that {@code use} (a call or a method reference) performs, if any. */
  private static Optional<Operation> invoked(ExpressionTree use, VisitorState state) {
    if (readsTheUnsafeField(use, state)) {
      return Optional.of(new Operation(UNSAFE + "." + THE_UNSAFE + " (read by reflection)", Family.SUN_MISC_UNSAFE));
    }
    Symbol sym = ASTHelpers.getSymbol(use);
    for (Rule rule : METHODS) {
      if (rule.matcher().matches(use, state)) {
        return Optional.of(new Operation(sym == null ? state.getSourceForNode(use) : name(sym), rule.family()));
      }
    }
    if (sym instanceof Symbol.MethodSymbol && (sym.flags() & RESTRICTED_FLAG) != 0) {
      return Optional.of(new Operation(name(sym), Family.MARKED_BY_JDK));
    }
    return Optional.empty();
  }

  /** The field of {@code sun.misc.Unsafe} that {@code use} (a name or a member select) reads, if any. */
  private static Optional<Operation> fieldRead(ExpressionTree use) {
    Symbol sym = ASTHelpers.getSymbol(use);
    if (sym == null || sym.getKind() != javax.lang.model.element.ElementKind.FIELD
        || NOT_MEMBERS.contains(sym.getSimpleName().toString())) {
      return Optional.empty();
    }
    String owner = sym.owner.getQualifiedName().toString();
    if (owner.equals(UNSAFE) || owner.equals(INTERNAL_UNSAFE)) {
      return Optional.of(new Operation(name(sym), Family.SUN_MISC_UNSAFE));
    }
    return Optional.empty();
  }

  /** {@code Unsafe.class.getDeclaredField("theUnsafe")}, whatever the receiver: the field's name is the giveaway. */
  private static boolean readsTheUnsafeField(ExpressionTree tree, VisitorState state) {
    return tree instanceof MethodInvocationTree call
        && GET_FIELD.matches(call, state)
        && call.getArguments().size() == 1
        && THE_UNSAFE.equals(ASTHelpers.constValue(call.getArguments().get(0), String.class));
  }

  /** {@code MemorySegment.reinterpret}, {@code ModuleLayer.Controller.enableNativeAccess}, {@code sun.misc.Unsafe.getLong}. */
  static String name(Symbol member) {
    Symbol owner = member.owner;
    String qualified = owner.getQualifiedName().toString();
    String type = qualified.equals(UNSAFE) || qualified.equals(INTERNAL_UNSAFE) ? qualified : nestedName(owner);
    return type + "." + member.getSimpleName();
  }

  private static String nestedName(Symbol type) {
    StringBuilder sb = new StringBuilder(type.getSimpleName());
    for (Symbol s = type.owner; s instanceof Symbol.ClassSymbol; s = s.owner) {
      sb.insert(0, s.getSimpleName() + ".");
    }
    return sb.toString();
  }

  private static long restrictedFlag() {
    try {
      return Flags.class.getField("RESTRICTED").getLong(null);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return 0; // an older javac: the named list above still applies
    }
  }
}
