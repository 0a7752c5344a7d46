package dev.patina.processors.async;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.patina.runtime.async.AsyncStateMachine;
import dev.patina.runtime.async.NotRewrittenException;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.future.Futures;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The rewriter inside javac, compiling to a directory as builds do: what it generates runs, what it
 * cannot rewrite is an error on the method with its line and a help line, and it reports a plan
 * of each machine for {@code patina expand}.
 */
class AsyncRewriterTest {

  private static final String HEADER = """
      package shop;
      import static dev.patina.runtime.async.Await.await;
      import static dev.patina.runtime.async.Await.completed;
      import dev.patina.async.Async;
      import dev.patina.runtime.future.Future;
      """;

  private final List<MachinePlan> plans = new ArrayList<>();

  @TempDir Path out;

  /** Compiles {@code body} in package {@code shop} to {@link #out} with the rewriter, as a build does. */
  private Compiled compile(String body) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, null, null)) {
      files.setLocationFromPaths(StandardLocation.CLASS_OUTPUT, List.of(out));
      JavaFileObject source = JavaFileObjects.forSourceString("shop.Cart", HEADER + body);
      JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics,
          List.of("-g", "-classpath", System.getProperty("java.class.path"), "-proc:full"), null, List.of(source));
      task.setProcessors(List.of(new AsyncProcessor(plans::add)));
      boolean ok = task.call();
      return new Compiled(ok, diagnostics.getDiagnostics().stream().map(d -> d.getKind() + ": "
          + (d.getSource() == null ? "" : d.getSource().getName() + ":" + d.getLineNumber() + ": ") + d.getMessage(null))
          .toList());
    }
  }

  /** What javac said. */
  record Compiled(boolean ok, List<String> diagnostics) {
    Compiled clean() {
      assertThat(diagnostics).isEmpty();
      assertThat(ok).isTrue();
      return this;
    }

    String errors() {
      assertThat(ok).isFalse();
      return String.join("\n", diagnostics);
    }
  }

  private ClassLoader loader() throws IOException {
    return new URLClassLoader(new URL[] {out.toUri().toURL()}, AsyncRewriterTest.class.getClassLoader());
  }

  @Test
  void aRewrittenMethodRunsNothingUntilPolledAndThenRunsToItsResult() throws Exception {
    Compiled c = compile("""
        public class Cart {
          public static int started;
          @Async public static Future<Integer> total(int a, int b) {
            started++;
            int x = await(Future.ready(a));
            int y = await(Future.ready(b));
            return completed(x * 10 + y);
          }
        }
        """);
    c.clean();
    Class<?> cart = loader().loadClass("shop.Cart");
    Future<?> future = (Future<?>) cart.getMethod("total", int.class, int.class).invoke(null, 4, 2);
    assertThat(cart.getField("started").getInt(null)).isZero();
    assertThat(future).isInstanceOf(AsyncStateMachine.class);
    assertThat(future.getClass().getName()).isEqualTo("shop.Cart$total$Async");
    assertThat(Futures.blockOn(future)).isEqualTo(42);
    assertThat(cart.getField("started").getInt(null)).isEqualTo(1);
  }

  @Test
  void overloadsGetOneMachineEach() throws Exception {
    Compiled c = compile("""
        public class Cart {
          @Async public static Future<String> item(int n) { return completed("n" + await(Future.ready(n))); }
          @Async public static Future<String> item(String s) { return completed("s" + await(Future.ready(s))); }
        }
        """);
    c.clean();
    Class<?> cart = loader().loadClass("shop.Cart");
    assertThat(Futures.blockOn((Future<?>) cart.getMethod("item", int.class).invoke(null, 3))).isEqualTo("n3");
    assertThat(Futures.blockOn((Future<?>) cart.getMethod("item", String.class).invoke(null, "x"))).isEqualTo("sx");
    assertThat(plans).extracting(MachinePlan::machine).containsExactly("shop.Cart$item$Async", "shop.Cart$item$Async2");
  }

  @Test
  void awaitInAMethodThatIsNotAsyncThrowsAndNamesThePlugin() throws Exception {
    Compiled c = compile("""
        public class Cart {
          public static Future<Integer> eager() { return completed(await(Future.ready(1))); }
          @Async public static Future<Integer> lazy() { return completed(await(Future.ready(1))); }
        }
        """);
    c.clean();
    Class<?> cart = loader().loadClass("shop.Cart");
    assertThatThrownBy(() -> invoke(cart, "eager"))
        .isInstanceOf(NotRewrittenException.class)
        .hasMessageContaining("shop.Cart.eager")
        .hasMessageContaining("mark the method @Async")
        .hasMessageContaining("patina-processors");
  }

  @Test
  void aSynchronizedBlockIsAnErrorWithItsLineAndTheAsyncAlternative() throws IOException {
    Compiled c = compile("""
        public class Cart {
          private final Object lock = new Object();
          @Async public Future<Integer> total() {
            int x = await(Future.ready(1));
            synchronized (lock) {
              x++;
            }
            return completed(x);
          }
        }
        """);
    assertThat(c.diagnostics()).hasSize(1);
    assertThat(c.errors()).contains("Cart.java:10: cannot rewrite @Async method total: `synchronized` in an @Async method")
        .contains("help: hold an async lock across the awaits instead: dev.patina.runtime.sync.Mutex");
  }

  @Test
  void aSynchronizedAsyncMethodIsAnError() throws IOException {
    Compiled c = compile("""
        public class Cart {
          @Async public synchronized Future<Integer> total() { return completed(await(Future.ready(1))); }
        }
        """);
    assertThat(c.errors()).contains("Cart.java:7: cannot rewrite @Async method total: an @Async method cannot be synchronized");
  }

  @Test
  void anAsyncMethodMustReturnTheRuntimesFuture() throws IOException {
    Compiled c = compile("""
        public class Cart {
          @Async public Object total() { return completed(await(Future.ready(1))); }
        }
        """);
    assertThat(c.errors()).contains("an @Async method must return dev.patina.runtime.future.Future, not java.lang.Object")
        .contains("help: declare the result as Future<T>");
  }

  @Test
  void thePlanNamesEachStateItsAwaitLineAndWhatItSaves() throws IOException {
    Compiled c = compile("""
        public class Cart {
          @Async public Future<Integer> total(Future<Integer> price, int count) {
            String label = "items";
            int sum = 0;
            for (int i = 0; i < count; i++) {
              sum += await(price);
            }
            return completed(sum + label.length());
          }
        }
        """);
    c.clean();
    MachinePlan plan = plans.getFirst();
    assertThat(plan.owner()).isEqualTo("shop.Cart");
    assertThat(plan.signature()).isEqualTo("dev.patina.runtime.future.Future<java.lang.Integer>"
        + " total(dev.patina.runtime.future.Future<java.lang.Integer>,int)");
    assertThat(plan.states()).hasSize(2);
    MachinePlan.State start = plan.states().get(0);
    assertThat(start.locals()).extracting(MachinePlan.Slot::name).containsExactly("price", "count");
    MachinePlan.State loop = plan.states().get(1);
    assertThat(loop.line()).isEqualTo(11);
    assertThat(loop.awaited()).isEqualTo("price");
    assertThat(loop.locals()).extracting(s -> s.name() + ":" + s.type())
        .containsExactly("price:dev.patina.runtime.future.Future", "count:int", "label:java.lang.String", "i:int");
    // `sum += await(price)` loads sum before the await: its value waits on the operand stack, and the
    // local itself is dead until the addition writes it back; `this` is never read, so it is not kept
    assertThat(loop.stack()).extracting(s -> s.name() + ":" + s.type()).containsExactly("stack[0]:int");
    assertThat(plan.edges()).containsExactlyInAnyOrder(new MachinePlan.Edge(0, 1), new MachinePlan.Edge(0, -1),
        new MachinePlan.Edge(1, 1), new MachinePlan.Edge(1, -1));
  }

  @Test
  void nothingIsReportedForClassesWithoutAsyncMethods() throws IOException {
    Compiled c = compile("""
        public class Cart {
          public static Future<Integer> plain() { return Future.ready(1); }
        }
        """);
    c.clean();
    assertThat(plans).isEmpty();
  }

  @Test
  void aCompilationThatKeepsClassFilesInMemoryGetsAClearErrorNotACrash() {
    JavaFileObject source = JavaFileObjects.forSourceString("shop.Cart", HEADER + """
        public class Cart {
          @Async public static Future<Integer> one() { return completed(await(Future.ready(1))); }
        }
        """);
    Compilation c = Compiler.javac().withProcessors(new AsyncProcessor()).compile(source);
    assertThat(c).hadErrorContaining("Patina's async rewriter failed on shop.Cart");
    assertThat(c).hadErrorContaining("compile to a directory (javac -d) to rewrite @Async methods");
  }

  @Test
  void localAndAnonymousClassesMergeWithTheirSuperclassAcrossAnAwait() throws Throwable {
    // both branches meet with a local or an anonymous class on one side: the frames the rewriter
    // writes must say Base there, as javac's do, or the verifier refuses the call of m()
    Compiled c = compile("""
        public class Cart {
          static class Base { int m() { return 1; } }
          @Async public static Future<Integer> total() {
            class Local extends Base { @Override int m() { return 20; } }
            boolean flip = await(Future.ready(true));
            Base local = flip ? new Local() : new Base();
            Base anonymous = !flip ? new Base() : new Base() { @Override int m() { return 300; } };
            int before = local.m() + anonymous.m();
            await(Future.ready(0));
            return completed(before + local.m() + anonymous.m());
          }
        }
        """);
    c.clean();
    Class<?> cart = loader().loadClass("shop.Cart");
    assertThat(Futures.blockOn((Future<?>) invoke(cart, "total"))).isEqualTo(640);
  }

  private static Object invoke(Class<?> type, String method) throws Throwable {
    try {
      return type.getMethod(method).invoke(null);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }
}
