package dev.patina.cli;

import com.google.errorprone.BugPattern;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.Processor;

/**
 * The Patina checkers by the short names users type ({@code --checkers ownership}). A new checker
 * is one line here; {@code check}, {@code javac} and {@code demo} all read this table. A checker is
 * an annotation processor (the Checker Framework checkers) or an Error Prone check (a class with
 * {@code @BugPattern}, run through {@code -Xplugin:ErrorProne}): {@link #processors} and {@link
 * #errorProneChecks} tell them apart. A checker made of several classes lists them comma-separated
 * (unsafe: X0001 and X0002 are two Error Prone checks, as each has its own severity; async: A0001,
 * A0002 and A0003, one check per code).
 */
public final class CheckerRegistry {

  private static final Map<String, String> CHECKERS = new LinkedHashMap<>();

  static {
    CHECKERS.put("ownership", "dev.patina.checkers.ownership.OwnershipChecker");
    CHECKERS.put("typestate", "dev.patina.checkers.typestate.TypestateChecker");
    CHECKERS.put("units", "dev.patina.checkers.units.UnitsChecker");
    CHECKERS.put("unsafe", "dev.patina.checkers.unsafe.RestrictedOperationUse,dev.patina.checkers.unsafe.UnneededUnsafe");
    CHECKERS.put("async",
        "dev.patina.checkers.async.DroppedFuture,dev.patina.checkers.async.BlockingCallInAsync,dev.patina.checkers.async.AwaitOutsideAsync");
  }

  private CheckerRegistry() {}

  /** Thrown for a name that is not in the table; its message lists the known names. */
  public static final class UnknownCheckerException extends Exception {
    UnknownCheckerException(String name) {
      super("unknown checker `" + name + "`; known checkers: " + String.join(", ", names()));
    }
  }

  /** The short names, in registration order. */
  public static Set<String> names() {
    return CHECKERS.keySet();
  }

  /** The processor class names of the named checkers; every checker when {@code names} is empty. */
  public static List<String> classNames(List<String> names) throws UnknownCheckerException {
    List<String> out = new ArrayList<>();
    if (names == null || names.isEmpty()) {
      CHECKERS.values().forEach(classes -> addClasses(classes, out));
      return out;
    }
    for (String name : names) {
      String classes = CHECKERS.get(name.strip().toLowerCase(java.util.Locale.ROOT));
      if (classes == null) {
        throw new UnknownCheckerException(name.strip());
      }
      addClasses(classes, out);
    }
    return out;
  }

  private static void addClasses(String classes, List<String> out) {
    for (String cls : classes.split(",")) {
      if (!out.contains(cls.strip())) {
        out.add(cls.strip());
      }
    }
  }

  /** The annotation processors among {@code classNames}, in order. */
  public static List<String> processors(List<String> classNames) {
    return classNames.stream().filter(name -> bugPattern(name) == null).toList();
  }

  /**
   * The Error Prone checks among {@code classNames}, by their check names ({@code X0001}), the
   * names {@code -Xep:NAME} takes.
   */
  public static List<String> errorProneChecks(List<String> classNames) {
    return classNames.stream().map(CheckerRegistry::bugPattern).filter(p -> p != null).map(BugPattern::name).toList();
  }

  private static BugPattern bugPattern(String className) {
    try {
      return Class.forName(className, false, CheckerRegistry.class.getClassLoader()).getAnnotation(BugPattern.class);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new IllegalStateException("cannot load the checker " + className + ": " + e, e);
    }
  }

  /**
   * New instances of the given processor classes, loaded from the CLI's own class path (which
   * holds the checkers): a fresh instance per compilation, as javac expects.
   */
  public static List<Processor> instantiate(List<String> classNames) {
    List<Processor> out = new ArrayList<>();
    for (String name : classNames) {
      try {
        out.add(Class.forName(name).asSubclass(Processor.class).getDeclaredConstructor().newInstance());
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot load the checker " + name + ": " + e, e);
      }
    }
    return out;
  }
}
