package dev.patina.cli.compile;

import dev.patina.cli.CheckerRegistry;
import dev.patina.cli.PatinaPaths;
import dev.patina.cli.diagnostic.MessageParser;
import dev.patina.cli.diagnostic.PatinaDiagnostic;
import dev.patina.cli.diagnostic.Severity;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles sources in this JVM with javac and the Patina checkers as annotation processors (with
 * the derive processors, which always run), and hands back every diagnostic parsed. Class files go to a temporary directory that is deleted
 * afterwards: {@code check} is about the diagnostics, not the output.
 *
 * @param checkerClasses the processor classes to run
 * @param classpath entries added after Patina's own user class path
 * @param release the {@code --release} value, or null for the JDK's own
 */
public record CheckCompiler(List<String> checkerClasses, List<String> classpath, Integer release) {

  /** A large cap, because javac stops reporting at 100 errors by default and we want them all. */
  private static final String MAX_DIAGNOSTICS = "100000";

  /** Compiles {@code files}; javac option problems surface as {@link IllegalArgumentException}. */
  public CompileResult compile(PatinaPaths paths, List<Path> files) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IOException("this Java runtime has no compiler; run Patina on a JDK");
    }
    List<String> cp = new ArrayList<>(paths.userClasspath());
    cp.addAll(classpath);
    Path out = Files.createTempDirectory("patina-check");
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    StringWriter javacOutput = new StringWriter();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(collector, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = new ArrayList<>(List.of(
          "-d", out.toString(),
          "-classpath", PatinaPaths.join(cp),
          "-encoding", "UTF-8",
          "-Xmaxerrs", MAX_DIAGNOSTICS,
          "-Xmaxwarns", MAX_DIAGNOSTICS));
      if (release != null) {
        options.addAll(List.of("--release", release.toString()));
      }
      JavaCompiler.CompilationTask task =
          javac.getTask(javacOutput, fm, collector, options, null, fm.getJavaFileObjectsFromPaths(files));
      task.setLocale(Locale.ROOT);
      // the derive processors too: a @Reflect or @Struct type gets its R/S diagnostics, and code that
      // uses the generated FooReflection or SampleView compiles instead of failing on a missing symbol
      List<Processor> processors = new ArrayList<>(CheckerRegistry.instantiate(checkerClasses));
      processors.addAll(ExpandCompiler.patinaProcessors());
      task.setProcessors(processors);
      task.call();
    } finally {
      SourceFiles.deleteTree(out);
    }
    List<PatinaDiagnostic> diagnostics = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : collector.getDiagnostics()) {
      diagnostics.add(convert(d));
    }
    diagnostics.sort(PatinaDiagnostic.SOURCE_ORDER);
    return new CompileResult(diagnostics, files.size(), javacOutput.toString());
  }

  /** One javax.tools diagnostic, with its message text parsed. */
  static PatinaDiagnostic convert(Diagnostic<? extends JavaFileObject> d) {
    Path file = null;
    if (d.getSource() != null) {
      try {
        file = Path.of(d.getSource().toUri());
      } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
        file = Path.of(d.getSource().getName()); // an in-memory source: its name is all there is
      }
    }
    int line = position(d.getLineNumber());
    int column = position(d.getColumnNumber());
    int[] start = startOfSpan(d);
    if (start != null) {
      line = start[0];
      column = start[1];
    }
    return MessageParser.parse(
        file, line, column, d.getStartPosition(), d.getEndPosition(), Severity.of(d.getKind()), d.getMessage(Locale.ROOT));
  }

  /**
   * Where the diagnostic's span starts, as javac counts lines and columns (tabs to multiples of 8),
   * when javac's own line:column, its "preferred" position, is the '(' of a call: rustc, and so
   * Patina, point at the start of the call instead. Null to keep javac's position.
   */
  private static int[] startOfSpan(Diagnostic<? extends JavaFileObject> d) {
    long start = d.getStartPosition();
    if (start == Diagnostic.NOPOS || d.getSource() == null) {
      return null;
    }
    CharSequence text;
    try {
      text = d.getSource().getCharContent(true);
    } catch (IOException | RuntimeException e) {
      return null;
    }
    long preferred = d.getPosition();
    if (start > text.length() || preferred < 0 || preferred >= text.length() || text.charAt((int) preferred) != '(') {
      // only a call's '(' is a poor place to point at; a declaration's name is a good one
      return null;
    }
    int line = 1;
    int column = 1;
    for (int i = 0; i < start; i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        line++;
        column = 1;
      } else if (c == '\t') {
        column = ((column - 1) / 8 + 1) * 8 + 1;
      } else {
        column++;
      }
    }
    return new int[] {line, column};
  }

  private static int position(long p) {
    return p == Diagnostic.NOPOS || p > Integer.MAX_VALUE ? 0 : (int) p;
  }
}
