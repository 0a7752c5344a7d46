package dev.patina.processors.async;

import static org.assertj.core.api.Assertions.assertThat;

import dev.patina.runtime.executor.CurrentThreadExecutor;
import dev.patina.runtime.executor.Executor;
import dev.patina.runtime.executor.WorkStealingExecutor;
import dev.patina.runtime.future.Future;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Differential test of the rewriter over seeded random programs: each {@code @Async} method, whose
 * every await suspends, must return what the same body returns run directly, or fail the same way,
 * on both executors. One compilation holds all the programs, so javac runs once.
 */
class RandomProgramsTest {

  private static final int PROGRAMS = 60;
  private static final long SEED = 0x5eed_a51cL;
  private static Class<?> programs;
  private static Executor current;
  private static Executor stealing;

  @BeforeAll
  static void compile() throws Exception {
    StringBuilder source = new StringBuilder("""
        package gen;
        import static dev.patina.runtime.async.Await.await;
        import static dev.patina.runtime.async.Await.completed;
        import dev.patina.async.Async;
        import dev.patina.runtime.future.Future;
        import dev.patina.runtime.task.Yield;
        public final class Programs {
          @Async static <T> Future<T> later(T value) { await(Yield.now()); return completed(value); }
        """);
    for (int n = 0; n < PROGRAMS; n++) {
      source.append(ProgramGenerator.methods(n, SEED + n));
    }
    source.append("}\n");
    Path dir = Files.createTempDirectory("patina-random-programs");
    Path file = dir.resolve("src/gen/Programs.java");
    Files.createDirectories(file.getParent());
    Files.writeString(file, source);
    Path out = Files.createDirectories(dir.resolve("classes"));
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(out));
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics,
          List.of("-g", "-classpath", System.getProperty("java.class.path")), null, files.getJavaFileObjects(file));
      task.setProcessors(List.of(new AsyncProcessor()));
      boolean ok = task.call();
      assertThat(diagnostics.getDiagnostics()).as("diagnostics for %s", file).isEmpty();
      assertThat(ok).isTrue();
    }
    programs = new URLClassLoader(new URL[] {out.toUri().toURL()}, RandomProgramsTest.class.getClassLoader())
        .loadClass("gen.Programs");
    current = new CurrentThreadExecutor();
    stealing = new WorkStealingExecutor(2);
  }

  @AfterAll
  static void stop() {
    current.shutdown();
    stealing.shutdown();
  }

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    IntStream.range(0, PROGRAMS).forEach(n -> {
      for (int p : new int[] {0, 7}) {
        cases.add(Arguments.of(n, p));
      }
    });
    return cases.stream();
  }

  @ParameterizedTest(name = "program {0} with p={1}")
  @MethodSource("cases")
  void asyncBodyBehavesAsTheSameBodyRunDirectly(int n, int p) throws Exception {
    String expected = outcome(() -> method("sync" + n).invoke(null, p));
    for (Executor executor : List.of(current, stealing)) {
      String actual = outcome(() -> {
        Future<?> future = (Future<?>) method("async" + n).invoke(null, p);
        return executor.blockOn(executor.spawn(future));
      });
      assertThat(actual).as("program %d on %s", n, executor.getClass().getSimpleName()).isEqualTo(expected);
    }
  }

  private static Method method(String name) throws NoSuchMethodException {
    Method m = programs.getDeclaredMethod(name, int.class);
    m.setAccessible(true);
    return m;
  }

  interface Run {
    Object run() throws Exception;
  }

  /** The value, or the failure's type and message. */
  private static String outcome(Run run) {
    try {
      return "value " + run.run();
    } catch (InvocationTargetException e) {
      return "threw " + e.getCause();
    } catch (Exception e) {
      return "threw " + e;
    }
  }
}
