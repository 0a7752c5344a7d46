package dev.patina.checkers.async;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.errorprone.BaseErrorProneJavaCompiler;
import com.google.errorprone.BugPattern;
import com.google.errorprone.BugPattern.LinkType;
import com.google.errorprone.BugPattern.SeverityLevel;
import com.google.errorprone.VisitorState;
import com.google.errorprone.bugpatterns.BugChecker;
import com.google.errorprone.matchers.Description;
import com.google.errorprone.scanner.ScannerSupplier;
import com.sun.source.tree.ExpressionTree;
import com.sun.source.tree.MethodInvocationTree;
import com.sun.source.tree.MethodTree;
import com.sun.tools.javac.code.Symbol;
import com.sun.tools.javac.code.Type;
import dev.patina.checkers.async.BlockingCalls.Found;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The async checks never crash javac: an exception in a rule becomes {@code async.internal} on the
 * code, naming the file and the cause, and the compilation goes on; on malformed sources (where
 * Error Prone does not run once javac found errors) they stay quiet.
 */
class InternalFailureTest {

  @BugPattern(name = "A0001", summary = "fails on purpose", severity = SeverityLevel.ERROR, linkType = LinkType.NONE)
  public static final class FailingDropped extends DroppedFuture {
    @Override
    Description check(ExpressionTree made, Symbol symbol, Type type, VisitorState state) {
      throw new IllegalStateException("injected failure");
    }
  }

  @BugPattern(name = "A0002", summary = "fails on purpose", severity = SeverityLevel.ERROR, linkType = LinkType.NONE)
  public static final class FailingBlocking extends BlockingCallInAsync {
    @Override
    Description check(MethodInvocationTree call, Found found, MethodTree async, VisitorState state) {
      throw new IllegalStateException("injected failure");
    }
  }

  @BugPattern(name = "A0003", summary = "fails on purpose", severity = SeverityLevel.ERROR, linkType = LinkType.NONE)
  public static final class FailingAwait extends AwaitOutsideAsync {
    @Override
    Description check(ExpressionTree await, VisitorState state) {
      throw new IllegalStateException("injected failure");
    }
  }

  private static final String SOURCE = """
      import dev.patina.async.Async;
      class Input {
        interface Future<T> {}
        @Async Future<String> fetch() throws InterruptedException {
          Thread.sleep(1);
          fetch();
          return null;
        }
      }
      """;

  private static final String AWAIT = """
      class Input {
        static <T> T await(Object f) { return null; }
      }
      """;

  private record Result(boolean ok, List<Diagnostic<? extends JavaFileObject>> diagnostics, String output) {
    String messages() {
      StringBuilder sb = new StringBuilder(output);
      diagnostics.forEach(d -> sb.append(d.getKind()).append(": ").append(d.getMessage(Locale.ROOT)).append('\n'));
      return sb.toString();
    }
  }

  /** Compiles {@code sources}: the first is Input.java, a second the runtime's Await. */
  private static Result compile(Class<? extends BugChecker> check, String... sources) throws IOException {
    BaseErrorProneJavaCompiler javac = new BaseErrorProneJavaCompiler(ScannerSupplier.fromBugCheckerClasses(List.of(check)));
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter output = new StringWriter();
    Path classes = Files.createTempDirectory("patina-async");
    try (StandardJavaFileManager files = ToolProvider.getSystemJavaCompiler().getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
      List<JavaFileObject> inputs = new java.util.ArrayList<>();
      for (int i = 0; i < sources.length; i++) {
        String source = sources[i];
        String name = i == 0 ? "Input" : "dev/patina/runtime/async/Await";
        inputs.add(new SimpleJavaFileObject(URI.create("string:///" + name + ".java"), JavaFileObject.Kind.SOURCE) {
          @Override
          public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return source;
          }
        });
      }
      List<String> options = List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"),
          "-XDcompilePolicy=simple", "--should-stop=ifError=FLOW", "-proc:none");
      boolean ok = javac.getTask(output, files, diagnostics, options, null, inputs).call();
      return new Result(ok, diagnostics.getDiagnostics(), output.toString());
    }
  }

  private static void assertInternal(Result r, long line) {
    assertThat(r.messages()).doesNotContain("An unhandled exception", "\tat ");
    assertThat(r.diagnostics()).as(r.messages()).singleElement().satisfies(d -> {
      assertThat(d.getKind()).isEqualTo(Diagnostic.Kind.ERROR);
      assertThat(d.getLineNumber()).isEqualTo(line);
      assertThat(d.getMessage(Locale.ROOT))
          .startsWith("[async.internal] Patina's async checker failed on this code in ")
          .contains("Input.java", "and skipped it: IllegalStateException: injected failure at ")
          .contains("help: please report this with the code; `@SuppressWarnings(\"async\")` skips it meanwhile");
    });
  }

  @Test
  void aFailureInA0001IsADiagnosticNamingTheFileAndTheCause() throws IOException {
    String source = """
        class Input {
          Object f() {
            return null;
          }
          void g() {
            f();
          }
        }
        """;
    assertInternal(compile(FailingDropped.class, source), 6);
  }

  @Test
  void aFailureInA0002IsADiagnosticNamingTheFileAndTheCause() throws IOException {
    assertInternal(compile(FailingBlocking.class, SOURCE), 5);
  }

  @Test
  void aFailureInA0003IsADiagnosticNamingTheFileAndTheCause() throws IOException {
    String await = """
        package dev.patina.runtime.async;
        public final class Await { public static <T> T await(Object f) { return null; } }
        """;
    String source = """
        class Input {
          Object total(Object f) {
            return dev.patina.runtime.async.Await.await(f);
          }
        }
        """;
    assertInternal(compile(FailingAwait.class, source, await), 3);
  }

  @Test
  void theRealChecksAreSilentWhereNothingIsWrong() throws IOException {
    for (Class<? extends BugChecker> check : List.of(DroppedFuture.class, BlockingCallInAsync.class, AwaitOutsideAsync.class)) {
      Result r = compile(check, AWAIT);
      assertThat(r.ok()).as(r.messages()).isTrue();
      assertThat(r.diagnostics()).as(r.messages()).isEmpty();
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "import dev.patina.async.Async; class Input { @Async Object f() { Thread.sleep(",
      "import dev.patina.async.Async; class Input { @Async Missing f() { missing(); synchronized (x) {} return await(y); } }",
      "class Input { void f() { Runnable r = () -> { dev.patina.runtime.async.Await.await(1) ; } }",
      "@@@ ??? class { } } ) ("})
  void malformedSourcesGetJavacsErrorsAndNoCrash(String source) throws IOException {
    for (Class<? extends BugChecker> check : List.of(DroppedFuture.class, BlockingCallInAsync.class, AwaitOutsideAsync.class)) {
      Result r = compile(check, source);
      assertThat(r.ok()).as("javac rejects it").isFalse();
      assertThat(r.messages()).doesNotContain("An unhandled exception", "async.internal", "\tat ", "Exception:");
      assertThat(r.diagnostics()).as(r.messages()).anySatisfy(d -> assertThat(d.getKind()).isEqualTo(Diagnostic.Kind.ERROR));
    }
  }
}
