package dev.patina.checkers.async;

import com.google.errorprone.CompilationTestHelper;

/**
 * The part of the runtime's API that the async checks look for, by the runtime's own names, as
 * sources compiled next to each test file: the checkers module cannot depend on the runtime (the
 * runtime is compiled with these checks), and the checks match names, not classes. The signatures
 * are the runtime's; the bodies are never run. The CLI's and the examples' tests run the checks on
 * the real runtime ({@code ErrorProneChecksTest}, the compile-fail gallery).
 */
final class RuntimeApi {

  private RuntimeApi() {}

  /** {@code helper} with the runtime API added, and {@code file} as the test's source. */
  static CompilationTestHelper with(CompilationTestHelper helper, String file, String... lines) {
    String[] all = new String[lines.length + IMPORTS.length];
    System.arraycopy(IMPORTS, 0, all, 0, IMPORTS.length);
    System.arraycopy(lines, 0, all, IMPORTS.length, lines.length);
    return helper
        .addSourceLines("dev/patina/runtime/future/Future.java",
            "package dev.patina.runtime.future;",
            "public interface Future<T> { Object poll(Object cx); }")
        .addSourceLines("dev/patina/runtime/task/JoinHandle.java",
            "package dev.patina.runtime.task;",
            "public interface JoinHandle<T> extends dev.patina.runtime.future.Future<T> {",
            "  boolean cancel();",
            "  void detach();",
            "}")
        .addSourceLines("dev/patina/runtime/async/Await.java",
            "package dev.patina.runtime.async;",
            "import dev.patina.runtime.future.Future;",
            "public final class Await {",
            "  private Await() {}",
            "  public static <T> T await(Future<T> future) { throw new IllegalStateException(\"compiled, not run\"); }",
            "  public static <T> Future<T> completed(T value) { return cx -> value; }",
            "}")
        .addSourceLines("dev/patina/runtime/executor/Executor.java",
            "package dev.patina.runtime.executor;",
            "import dev.patina.runtime.future.Future;",
            "import dev.patina.runtime.task.JoinHandle;",
            "public interface Executor {",
            "  <T> JoinHandle<T> spawn(Future<T> future);",
            "  <T> JoinHandle<T> spawnBlocking(java.util.function.Supplier<T> work);",
            "  <T> T blockOn(Future<T> future);",
            "  static Executor current() { throw new IllegalStateException(\"compiled, not run\"); }",
            "}")
        .addSourceLines("dev/patina/runtime/time/Time.java",
            "package dev.patina.runtime.time;",
            "import dev.patina.runtime.future.Future;",
            "public final class Time {",
            "  private Time() {}",
            "  public static Future<Void> sleep(java.time.Duration duration) { return cx -> null; }",
            "}")
        .addSourceLines(file, all);
  }

  private static final String[] IMPORTS = {
    "import static dev.patina.runtime.async.Await.await;",
    "import static dev.patina.runtime.async.Await.completed;",
    "import dev.patina.async.Async;",
    "import dev.patina.runtime.executor.Executor;",
    "import dev.patina.runtime.future.Future;",
    "import dev.patina.runtime.task.JoinHandle;",
    "import dev.patina.runtime.time.Time;",
    "import java.time.Duration;",
    "import java.util.function.*;",
  };
}
