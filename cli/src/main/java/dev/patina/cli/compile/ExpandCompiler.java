package dev.patina.cli.compile;

import dev.patina.cli.PatinaPaths;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles sources in this JVM with the Patina annotation processors (those of {@code
 * dev.patina.processors}) and keeps the sources they generate, by path under the output root.
 *
 * @param classpath entries added after Patina's own user class path
 */
public record ExpandCompiler(List<String> classpath) {

  /** What came out: each generated source (relative path to text), and javac's errors. */
  public record Expansion(TreeMap<String, String> sources, List<String> errors) {}

  /** The Patina processors found on the CLI's own class path. */
  public static List<Processor> patinaProcessors() {
    List<Processor> found = new ArrayList<>();
    for (Processor p : ServiceLoader.load(Processor.class, ExpandCompiler.class.getClassLoader())) {
      if (p.getClass().getName().startsWith("dev.patina.processors.")) {
        found.add(p);
      }
    }
    return found;
  }

  /** Compiles {@code files} with {@link #patinaProcessors()}. */
  public Expansion compile(PatinaPaths paths, List<Path> files) throws IOException {
    return compile(paths, files, patinaProcessors());
  }

  /** Compiles {@code files} with {@code processors}, and nothing else. */
  public Expansion compile(PatinaPaths paths, List<Path> files, List<Processor> processors) throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      throw new IOException("this Java runtime has no compiler; run Patina on a JDK");
    }
    List<String> cp = new ArrayList<>(paths.userClasspath());
    cp.addAll(classpath);
    Path out = Files.createTempDirectory("patina-expand");
    Path generated = out.resolve("generated");
    Files.createDirectories(generated);
    DiagnosticCollector<JavaFileObject> collector = new DiagnosticCollector<>();
    TreeMap<String, String> sources = new TreeMap<>();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(collector, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options = List.of("-d", out.resolve("classes").toString(), "-s", generated.toString(),
          "-classpath", PatinaPaths.join(cp), "-encoding", "UTF-8", "-g");
      Files.createDirectories(out.resolve("classes"));
      JavaCompiler.CompilationTask task = javac.getTask(new StringWriter(), fm, collector, options, null,
          fm.getJavaFileObjectsFromPaths(files));
      task.setLocale(Locale.ROOT);
      task.setProcessors(processors);
      task.call();
      try (Stream<Path> walk = Files.walk(generated)) {
        for (Path p : walk.filter(p -> p.toString().endsWith(".java")).toList()) {
          sources.put(generated.relativize(p).toString().replace('\\', '/'), Files.readString(p));
        }
      }
    } finally {
      SourceFiles.deleteTree(out);
    }
    List<String> errors = collector.getDiagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .map(d -> (d.getSource() == null ? "" : Path.of(d.getSource().getName()).getFileName() + ":"
            + d.getLineNumber() + ": ") + d.getMessage(Locale.ROOT))
        .toList();
    return new Expansion(sources, errors);
  }
}
