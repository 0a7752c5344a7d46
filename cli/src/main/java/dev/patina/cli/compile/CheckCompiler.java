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
 * Compiles sources in this JVM with javac, the Patina checkers and the derive processors (which
 * always run), and hands back every diagnostic parsed. Class files go to a temporary directory
 * that is deleted afterwards: {@code check} is about the diagnostics, not the output.
 *
 * <p>The annotation processors (the Checker Framework checkers) and the Error Prone checks run in
 * two javac passes over the same files, and the diagnostics are merged (javac's own, which both
 * passes report, once). In one javac, the first error of either tool silences the other for the
 * rest of the compilation: Error Prone skips a class once javac's error count grew by errors not
 * its own, and a Checker Framework checker does the same (toolchain.md section 4). Two passes
 * cost one more attribution of the sources and report everything at once.
 *
 * @param checkerClasses the checker classes to run: processors and Error Prone checks ({@link
 *     CheckerRegistry})
 * @param classpath entries added after Patina's own user class path
 * @param release the {@code --release} value, or null for the JDK's own
 */
public record CheckCompiler(List<String> checkerClasses, List<String> classpath, Integer release) {

  /** A large cap, because javac stops reporting at 100 errors by default and we want them all. */
  private static final String MAX_DIAGNOSTICS = "100000";

  /** Compiles {@code files}; javac option problems surface as {@link IllegalArgumentException}. */
  public CompileResult compile(PatinaPaths paths, List<Path> files) throws IOException {
    List<String> processors = CheckerRegistry.processors(checkerClasses);
    List<String> checks = CheckerRegistry.errorProneChecks(checkerClasses);
    List<PatinaDiagnostic> diagnostics = new ArrayList<>();
    StringBuilder javacOutput = new StringBuilder();
    if (!processors.isEmpty() || checks.isEmpty()) {
      // the derive processors too: a @Reflect or @Struct type gets its R/S diagnostics, and code that
      // uses the generated FooReflection or SampleView compiles instead of failing on a missing symbol
      List<Processor> all = new ArrayList<>(CheckerRegistry.instantiate(processors));
      all.addAll(ExpandCompiler.patinaProcessors());
      pass(paths, files, all, List.of(), diagnostics, javacOutput);
    }
    if (!checks.isEmpty()) {
      List<String> processorPath = new ArrayList<>(paths.processorPath());
      processorPath.addAll(paths.errorPronePath());
      List<String> options = new ArrayList<>(List.of("-processorpath", PatinaPaths.join(processorPath)));
      options.addAll(ErrorProneArgs.of(checks));
      // the derive processors run in this pass as well, so the generated classes exist here too
      pass(paths, files, ExpandCompiler.patinaProcessors(), options, diagnostics, javacOutput);
    }
    diagnostics.sort(PatinaDiagnostic.SOURCE_ORDER);
    return new CompileResult(diagnostics, files.size(), javacOutput.toString());
  }

  /** One javac over {@code files}; adds the diagnostics not already in {@code diagnostics}. */
  private void pass(PatinaPaths paths, List<Path> files, List<Processor> processors, List<String> extraOptions,
      List<PatinaDiagnostic> diagnostics, StringBuilder javacOutput) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IOException("this Java runtime has no compiler; run Patina on a JDK");
    }
    List<String> cp = new ArrayList<>(paths.userClasspath());
    cp.addAll(classpath);
    Path out = Files.createTempDirectory("patina-check");
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    StringWriter output = new StringWriter();
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
      options.addAll(extraOptions);
      JavaCompiler.CompilationTask task =
          javac.getTask(output, fm, collector, options, null, fm.getJavaFileObjectsFromPaths(files));
      task.setLocale(Locale.ROOT);
      task.setProcessors(processors);
      task.call();
    } finally {
      SourceFiles.deleteTree(out);
    }
    for (Diagnostic<? extends JavaFileObject> d : collector.getDiagnostics()) {
      PatinaDiagnostic converted = convert(d);
      if (!diagnostics.contains(converted)) {
        diagnostics.add(converted);
      }
    }
    if (javacOutput.indexOf(output.toString()) < 0) {
      javacOutput.append(output);
    }
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
