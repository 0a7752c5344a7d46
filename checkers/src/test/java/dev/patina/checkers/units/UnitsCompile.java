package dev.patina.checkers.units;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles one in-memory {@code Input.java} in this JVM with the units checker, capturing everything. */
final class UnitsCompile {

  private UnitsCompile() {}

  record Result(Throwable thrown, List<Diagnostic<? extends JavaFileObject>> diagnostics, String output) {

    List<String> messages() {
      return diagnostics.stream().map(d -> d.getMessage(Locale.ROOT)).toList();
    }
  }

  static Result run(String source) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StringWriter out = new StringWriter();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Path classes = Files.createTempDirectory("patina-units");
    PrintStream originalErr = System.err;
    Throwable thrown = null;
    try (StandardJavaFileManager files = javac.getStandardFileManager(diagnostics, Locale.ROOT, UTF_8)) {
      System.setErr(new PrintStream(err, true, UTF_8));
      List<String> options = List.of("-d", classes.toString(), "-classpath", System.getProperty("java.class.path"),
          "-proc:full", "-Xmaxerrs", "10000");
      JavaCompiler.CompilationTask task = javac.getTask(out, files, diagnostics, options, null, List.of(
          new SimpleJavaFileObject(URI.create("string:///Input.java"), JavaFileObject.Kind.SOURCE) {
            @Override
            public CharSequence getCharContent(boolean ignoreEncodingErrors) {
              return source;
            }
          }));
      task.setProcessors(List.of(new UnitsChecker()));
      task.call();
    } catch (RuntimeException | Error e) {
      thrown = e;
    } finally {
      System.setErr(originalErr);
      try (Stream<Path> paths = Files.walk(classes)) {
        for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
    return new Result(thrown, diagnostics.getDiagnostics(), out + err.toString(UTF_8));
  }
}
