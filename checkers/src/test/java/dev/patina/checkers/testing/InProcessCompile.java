package dev.patina.checkers.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles one in-memory source in this JVM, with a Patina checker as processor or with none,
 * capturing everything javac and the checker say, including {@code System.err}.
 */
public final class InProcessCompile {

  private InProcessCompile() {}

  /** What one compilation did: what it threw, its diagnostics, and what javac and System.err printed. */
  public record Result(
      Throwable thrown,
      List<Diagnostic<? extends JavaFileObject>> diagnostics,
      String javacOutput,
      String systemErr) {}

  /** Compiles {@code source} as {@code Input.java}, with {@code checker} as processor, or none if null. */
  public static Result run(String source, Processor checker, List<String> extraOptions) throws IOException {
    return runAll(source, checker == null ? List.of() : List.of(checker), extraOptions);
  }

  /** Compiles {@code source} as {@code Input.java} with these processors, in this order (none: {@code -proc:none}). */
  public static Result runAll(String source, List<Processor> checkers, List<String> extraOptions) throws IOException {
    boolean withChecker = !checkers.isEmpty();
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter javacOutput = new StringWriter();
    ByteArrayOutputStream systemErr = new ByteArrayOutputStream();
    Path classes = Files.createTempDirectory("patina-malformed");
    PrintStream originalErr = System.err;
    Throwable thrown = null;
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
      System.setErr(new PrintStream(systemErr, true, UTF_8));
      List<String> options = new ArrayList<>(List.of(
          "-d", classes.toString(),
          "-classpath", System.getProperty("java.class.path"),
          withChecker ? "-proc:full" : "-proc:none",
          "-Xmaxerrs", "10000",
          "-Xmaxwarns", "10000"));
      options.addAll(extraOptions);
      JavaCompiler.CompilationTask task =
          javac.getTask(javacOutput, files, diagnostics, options, null, List.of(new Source(source)));
      if (withChecker) {
        task.setProcessors(checkers);
      }
      task.call();
    } catch (Throwable t) {
      thrown = t;
    } finally {
      System.setErr(originalErr);
      deleteRecursively(classes);
    }
    return new Result(
        thrown, diagnostics.getDiagnostics(), javacOutput.toString(), systemErr.toString(UTF_8));
  }

  /** The input as an in-memory {@code Input.java}. */
  private static final class Source extends SimpleJavaFileObject {
    private final String text;

    Source(String text) {
      super(URI.create("string:///Input.java"), JavaFileObject.Kind.SOURCE);
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }

  static void deleteRecursively(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).forEach(p -> {
        try {
          Files.deleteIfExists(p);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }


  /** The text of every diagnostic. */
  public static List<String> messages(Result r) {
    return r.diagnostics().stream().map(d -> String.valueOf(d.getMessage(Locale.ROOT))).toList();
  }
}
