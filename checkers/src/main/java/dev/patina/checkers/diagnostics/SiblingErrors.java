package dev.patina.checkers.diagnostics;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.Collections;
import java.util.Map;
import java.util.WeakHashMap;
import javax.annotation.processing.ProcessingEnvironment;
import org.checkerframework.framework.source.SourceChecker;

/**
 * Lets several Patina checkers run in one javac without silencing each other. A Checker Framework
 * checker skips every class once javac's error count has grown since it last ran, taking the
 * growth for a javac error (the trees may be broken); but a sibling checker's diagnostics grow that
 * count too, so after the ownership checker's first error the typestate checker would check
 * nothing more. Each Patina checker runs its {@code typeProcess} through here: the errors that
 * Patina checkers reported are counted, and if all of the growth is theirs, the checker is told
 * that nothing happened. A real javac error still stops it, as the Checker Framework intends.
 */
public final class SiblingErrors {

  /** Errors all Patina checkers have added to each compilation's log (keyed by javac's Log). */
  private static final Map<Object, int[]> ADDED = Collections.synchronizedMap(new WeakHashMap<>());
  /** For each checker, what {@link #ADDED} was when it last finished a class. */
  private static final Map<SourceChecker, Integer> SEEN = Collections.synchronizedMap(new WeakHashMap<>());
  private static final Field ERRS_ON_LAST_EXIT = errsOnLastExit();

  private SiblingErrors() {}

  /** Runs {@code process}, {@code checker}'s {@code super.typeProcess(...)}, as described above. */
  public static void typeProcess(SourceChecker checker, ProcessingEnvironment env, Runnable process) {
    Object log = log(env);
    if (ERRS_ON_LAST_EXIT == null || log == null) {
      process.run();
      return;
    }
    int[] added = ADDED.computeIfAbsent(log, k -> new int[1]);
    int siblings = added[0] - SEEN.getOrDefault(checker, 0);
    try {
      int last = ERRS_ON_LAST_EXIT.getInt(checker);
      int now = errors(log);
      if (now > last && now - last <= siblings) {
        ERRS_ON_LAST_EXIT.setInt(checker, now);
      }
    } catch (ReflectiveOperationException e) {
      // cannot adjust: the checker behaves as the Checker Framework alone would
    }
    int before = errors(log);
    try {
      process.run();
    } finally {
      added[0] += Math.max(0, errors(log) - before);
      SEEN.put(checker, added[0]);
    }
  }

  /**
   * javac's {@code Log} of this compilation, found reflectively: this module is compiled against
   * the public API only, and the Checker Framework's own flags open javac's internals at run time.
   */
  private static Object log(ProcessingEnvironment env) {
    try {
      Method getContext = env.getClass().getMethod("getContext");
      Object context = getContext.invoke(env);
      Class<?> logClass = Class.forName("com.sun.tools.javac.util.Log", false, env.getClass().getClassLoader());
      return logClass.getMethod("instance", getContext.getReturnType()).invoke(null, context);
    } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
      return null;
    }
  }

  private static int errors(Object log) {
    try {
      return log.getClass().getField("nerrors").getInt(log);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return 0;
    }
  }

  private static Field errsOnLastExit() {
    try {
      Field f = SourceChecker.class.getDeclaredField("errsOnLastExit");
      f.setAccessible(true);
      return f;
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null;
    }
  }
}
