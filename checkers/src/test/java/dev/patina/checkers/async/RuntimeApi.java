package dev.patina.checkers.async;

import com.google.errorprone.CompilationTestHelper;

/**
 * A test source of the async checks, with the imports of the part of the runtime's API that the
 * checks look for. That API is the stand-ins in this module's test classes ({@code
 * dev.patina.runtime.*} under {@code src/test/java}, which the ownership checker's tests use too),
 * on the class path of every {@link CompilationTestHelper}: the checkers module cannot depend on
 * the runtime (the runtime is compiled with these checks), and the checks match names, not classes.
 * The CLI's and the examples' tests run the checks on the real runtime ({@code
 * ErrorProneChecksTest}, the compile-fail gallery).
 */
final class RuntimeApi {

  private RuntimeApi() {}

  /** {@code helper} with {@code file} as the test's source, made of the runtime's imports and {@code lines}. */
  static CompilationTestHelper with(CompilationTestHelper helper, String file, String... lines) {
    String[] all = new String[lines.length + IMPORTS.length];
    System.arraycopy(IMPORTS, 0, all, 0, IMPORTS.length);
    System.arraycopy(lines, 0, all, IMPORTS.length, lines.length);
    return helper.addSourceLines(file, all);
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
