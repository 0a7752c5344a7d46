package dev.patina.checkers.unsafe;

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
import dev.patina.checkers.unsafe.RestrictedOperations.Operation;
import java.io.IOException;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The check never crashes javac. Error Prone itself turns an exception in a check into a fatal
 * "An unhandled exception was thrown by the Error Prone static analysis plugin" that ends the
 * compilation, so the check catches its own failures and reports them as {@code unsafe.internal}
 * on the use, naming the file; and on malformed sources it stays quiet (Error Prone does not run
 * once javac has found errors) instead of failing.
 */
class InternalFailureTest {

  /** The check with its rule replaced by a failure. */
  @BugPattern(name = "X0001", summary = "fails on purpose", severity = SeverityLevel.ERROR, linkType = LinkType.NONE)
  public static final class Failing extends RestrictedOperationUse {
    @Override
    Description check(ExpressionTree use, Operation op, VisitorState state) {
      throw new IllegalStateException("injected failure");
    }
  }

  /** X0002 with its rule replaced by a failure. */
  @BugPattern(name = "X0002", summary = "fails on purpose", severity = SeverityLevel.WARNING, linkType = LinkType.NONE)
  public static final class FailingUnneeded extends UnneededUnsafe {
    @Override
    Description check(com.sun.source.tree.Tree marked, VisitorState state) {
      throw new IllegalStateException("injected failure");
    }
  }

  private record Result(boolean ok, List<Diagnostic<? extends JavaFileObject>> diagnostics, String output) {
    String messages() {
      StringBuilder sb = new StringBuilder(output);
      diagnostics.forEach(d -> sb.append(d.getKind()).append(": ").append(d.getMessage(Locale.ROOT)).append('\n'));
      return sb.toString();
    }
  }

  @SafeVarargs
  private static Result compile(String source, Class<? extends BugChecker>... checks) throws IOException {
    BaseErrorProneJavaCompiler javac = new BaseErrorProneJavaCompiler(ScannerSupplier.fromBugCheckerClasses(checks));
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter output = new StringWriter();
    Path classes = Files.createTempDirectory("patina-unsafe");
    try (StandardJavaFileManager files = ToolProvider.getSystemJavaCompiler().getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
      JavaFileObject input = new SimpleJavaFileObject(URI.create("string:///Input.java"), JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return source;
        }
      };
      List<String> options = List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"),
          "-XDcompilePolicy=simple", "--should-stop=ifError=FLOW", "-proc:none");
      boolean ok = javac.getTask(output, files, diagnostics, options, null, List.of(input)).call();
      return new Result(ok, diagnostics.getDiagnostics(), output.toString());
    }
  }

  private static final String USES = """
      import dev.patina.ownership.Unsafe;
      import java.lang.foreign.MemorySegment;
      class Input {
        @Unsafe MemorySegment view(MemorySegment raw) {
          // SAFETY: the decoder validated the 16-byte header
          return raw.reinterpret(16);
        }
        long untouched(MemorySegment raw) { return raw.byteSize(); }
      }
      """;

  @Test
  void aFailureInTheCheckIsADiagnosticNamingTheFileAndTheCause() throws IOException {
    Result r = compile(USES, Failing.class);
    assertThat(r.messages()).doesNotContain("An unhandled exception", "Error Prone crashed", "\tat ");
    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.getKind()).isEqualTo(Diagnostic.Kind.ERROR);
      assertThat(d.getLineNumber()).isEqualTo(6);
      assertThat(d.getMessage(Locale.ROOT))
          .startsWith("[unsafe.internal] Patina's unsafe checker failed on this code in ")
          .contains("Input.java", "and skipped it: IllegalStateException: injected failure at ")
          .contains("help: please report this with the code; `@SuppressWarnings(\"unsafe\")` skips it meanwhile");
    });
  }

  @Test
  void aFailureInX0002IsADiagnosticOnTheDeclaration() throws IOException {
    Result r = compile(USES, FailingUnneeded.class);
    assertThat(r.messages()).doesNotContain("An unhandled exception", "\tat ");
    assertThat(r.diagnostics()).singleElement().satisfies(d -> {
      assertThat(d.getLineNumber()).isEqualTo(4);
      assertThat(d.getMessage(Locale.ROOT))
          .startsWith("[unsafe.internal] Patina's unsafe checker failed on this code in ")
          .contains("Input.java", "IllegalStateException: injected failure");
    });
  }

  @Test
  void theRealChecksAreSilentOnTheSameSource() throws IOException {
    Result unneeded = compile(USES, UnneededUnsafe.class);
    assertThat(unneeded.diagnostics()).as(unneeded.messages()).isEmpty();
    Result r = compile(USES, RestrictedOperationUse.class);
    assertThat(r.ok()).as(r.messages()).isTrue();
    assertThat(r.diagnostics()).as(r.messages()).isEmpty();
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        input("unterminated class", """
            import dev.patina.ownership.Unsafe;
            import java.lang.foreign.MemorySegment;
            class Input {
              @Unsafe MemorySegment view(MemorySegment raw) {
                return raw.reinterpret(16);
            """),
        input("a restricted call with wrong arguments", """
            import java.lang.foreign.MemorySegment;
            class Input {
              MemorySegment view(MemorySegment raw) { return raw.reinterpret("sixteen"); }
            }
            """),
        input("a missing receiver type", """
            class Input {
              Object view(Missing raw) { return raw.reinterpret(16); }
              void load() { System.loadLibrary(missingName); }
            }
            """),
        input("@Unsafe misspelled, and on a field", """
            import dev.patina.ownership.Unsafe;
            import java.lang.foreign.MemorySegment;
            class Input {
              @Unsafe MemorySegment field = MemorySegment.NULL.reinterpret(8);
              @Unsaf MemorySegment view(MemorySegment raw) { return raw.reinterpret(16); }
            }
            """),
        input("a broken lambda and switch around a use", """
            import dev.patina.ownership.Unsafe;
            import java.lang.foreign.MemorySegment;
            class Input {
              @Unsafe void m(int k, MemorySegment raw) {
                Runnable r = () -> { raw.reinterpret(16) ;
                int v = switch (k) { case 1 -> ; default -> 0 };
              }
            }
            """),
        input("only garbage", "@@@ ??? class { } } ) ("));
  }

  private static Arguments input(String name, String source) {
    return Arguments.of(Named.of(name, source));
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void malformedSourcesGetJavacsErrorsAndNoCrash(String source) throws IOException {
    Result r = compile(source, RestrictedOperationUse.class, UnneededUnsafe.class);
    assertThat(r.ok()).as("javac rejects it").isFalse();
    assertThat(r.messages()).doesNotContain("An unhandled exception", "unsafe.internal", "\tat ", "Exception:");
    assertThat(r.diagnostics()).as(r.messages()).anySatisfy(d -> assertThat(d.getKind()).isEqualTo(Diagnostic.Kind.ERROR));
  }
}
