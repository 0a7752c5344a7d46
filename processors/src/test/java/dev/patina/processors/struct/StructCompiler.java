package dev.patina.processors.struct;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Compiles sources in process with {@link StructProcessor} into a directory, so tests can load
 * the generated classes and read the generated sources.
 */
final class StructCompiler {

  /** The result: javac's diagnostics and where the classes and generated sources went. */
  record Result(List<Diagnostic<? extends JavaFileObject>> diagnostics, Path classes, Path sources) {

    List<String> errors() {
      return diagnostics.stream()
          .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
          .map(d -> d.getMessage(null))
          .toList();
    }

    ClassLoader loader() {
      try {
        return new URLClassLoader(new URL[] {classes.toUri().toURL()},
            StructCompiler.class.getClassLoader());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    String generated(String relativePath) throws IOException {
      return Files.readString(sources.resolve(relativePath));
    }
  }

  private StructCompiler() {}

  /** Compiles {@code files} (path relative to the source root, e.g. {@code p/A.java} → source). */
  static Result compile(Map<String, String> files) throws IOException {
    return compile(files, true);
  }

  /** Compiles {@code files} with no annotation processor at all: the golden files, again. */
  static Result compileWithoutProcessor(Map<String, String> files) throws IOException {
    return compile(files, false);
  }

  private static Result compile(Map<String, String> files, boolean process) throws IOException {
    Path root = Files.createTempDirectory("struct-test");
    Path src = Files.createDirectories(root.resolve("src"));
    Path classes = Files.createDirectories(root.resolve("classes"));
    Path generated = Files.createDirectories(root.resolve("generated"));
    List<Path> paths = new ArrayList<>();
    for (var e : files.entrySet()) {
      Path p = src.resolve(e.getKey());
      Files.createDirectories(p.getParent());
      Files.writeString(p, e.getValue());
      paths.add(p);
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, null, null)) {
      List<String> options = List.of(
          "-d", classes.toString(), "-s", generated.toString(),
          "-classpath", System.getProperty("java.class.path"), process ? "-proc:full" : "-proc:none");
      JavaCompiler.CompilationTask task = javac.getTask(
          null, fm, diagnostics, options, null, fm.getJavaFileObjectsFromPaths(paths));
      task.setProcessors(process ? List.of(new StructProcessor()) : List.of());
      task.call();
    }
    return new Result(diagnostics.getDiagnostics(), classes, generated);
  }
}
