package dev.patina.processors.reflect;

import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/**
 * Golden files of the generated tables: {@code src/test/resources/golden/reflect/CASE/} holds the
 * input sources and, named {@code *Reflection.java}, the expected output. {@link #run} compiles
 * the inputs with the processor, compares what it generated with the golden files, then compiles
 * the inputs with the golden files (no processor) and loads the result.
 */
final class Golden {
  static final Path ROOT = Path.of("src/test/resources/golden/reflect");
  static final String REGEN_PROPERTY = "patina.regenGolden";
  static final String HOW_TO_REGENERATE =
      "if the change is intended, regenerate the golden files with\n  ./patina test -pl processors -am "
          + "-Dtest=ReflectGoldenTest -Dsurefire.failIfNoSpecifiedTests=false -D" + REGEN_PROPERTY + "=true\n"
          + "and review the diff";

  private Golden() {}

  /** The loaded classes of a case, compiled from its inputs and golden tables, with the processor's index. */
  record Loaded(ClassLoader loader, String index) {
    Class<?> load(String name) {
      try {
        return Class.forName(name, true, loader);
      } catch (ClassNotFoundException e) {
        throw new AssertionError(e);
      }
    }
  }

  static Loaded run(String caseDir) {
    Path dir = ROOT.resolve(caseDir);
    List<JavaFileObject> inputs = sources(dir, false);
    Compilation generated = javac().withProcessors(new ReflectProcessor()).compile(inputs);
    assertThat(generated.status()).as("%s", generated.diagnostics()).isEqualTo(Compilation.Status.SUCCESS);
    assertThat(generated.diagnostics()).as("diagnostics on correct code")
        .noneMatch(d -> d.getKind() == Diagnostic.Kind.ERROR || d.getKind() == Diagnostic.Kind.WARNING);
    Map<String, String> actual = new TreeMap<>();
    for (JavaFileObject f : generated.generatedSourceFiles()) {
      actual.put(Path.of(f.toUri().getPath()).getFileName().toString(), content(f));
    }
    if (Boolean.getBoolean(REGEN_PROPERTY)) {
      regenerate(dir, actual);
    }
    Map<String, String> expected = new TreeMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(Golden::isGolden).toList()) {
        expected.put(p.getFileName().toString(), Files.readString(p));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(actual.keySet()).as("generated files of %s; %s", caseDir, HOW_TO_REGENERATE)
        .isEqualTo(expected.keySet());
    actual.forEach((name, source) -> assertThat(source)
        .as("%s/%s differs from the golden file; %s", caseDir, name, HOW_TO_REGENERATE)
        .isEqualTo(expected.get(name)));

    List<JavaFileObject> all = new ArrayList<>(inputs);
    all.addAll(sources(dir, true));
    Compilation again = javac().withOptions("-proc:none").compile(all);
    assertThat(again.status()).as("golden files compile again: %s", again.diagnostics())
        .isEqualTo(Compilation.Status.SUCCESS);
    String index = content(generated.generatedFile(StandardLocation.CLASS_OUTPUT, ReflectProcessor.INDEX)
        .orElseThrow(() -> new AssertionError("no " + ReflectProcessor.INDEX + " written")));
    return new Loaded(new MemoryLoader(again, index), index);
  }

  private static void regenerate(Path dir, Map<String, String> actual) {
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.filter(Golden::isGolden).toList()) {
        Files.delete(p);
      }
      for (var e : actual.entrySet()) {
        Files.writeString(dir.resolve(e.getKey()), e.getValue());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean isGolden(Path p) {
    return p.getFileName().toString().endsWith("Reflection.java");
  }

  private static List<JavaFileObject> sources(Path dir, boolean golden) {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(p -> p.toString().endsWith(".java") && isGolden(p) == golden).sorted()
          .map(p -> {
            try {
              return JavaFileObjects.forResource(p.toUri().toURL());
            } catch (MalformedURLException e) {
              throw new UncheckedIOException(e);
            }
          }).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String content(JavaFileObject f) {
    try {
      return f.getCharContent(true).toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Loads a compilation's class files, and serves the processor's index as a resource. */
  private static final class MemoryLoader extends ClassLoader {
    private final Map<String, byte[]> classes = new HashMap<>();
    private final URL index;

    MemoryLoader(Compilation compilation, String indexText) {
      super(Golden.class.getClassLoader());
      for (JavaFileObject f : compilation.generatedFiles()) {
        if (f.getKind() == JavaFileObject.Kind.CLASS) {
          String path = f.toUri().getPath();
          String binary = path.substring(path.indexOf("CLASS_OUTPUT/") + "CLASS_OUTPUT/".length(), path.length() - 6)
              .replace('/', '.');
          try (var in = f.openInputStream()) {
            classes.put(binary, in.readAllBytes());
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      }
      try {
        Path file = Files.createTempFile("reflect", ".index");
        Files.writeString(file, indexText, StandardCharsets.UTF_8);
        file.toFile().deleteOnExit();
        this.index = file.toUri().toURL();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
      byte[] bytes = classes.get(name);
      if (bytes == null) {
        throw new ClassNotFoundException(name);
      }
      return defineClass(name, bytes, 0, bytes.length);
    }

    @Override
    protected Enumeration<URL> findResources(String name) {
      return name.equals(ReflectProcessor.INDEX) ? Collections.enumeration(List.of(index)) : Collections.emptyEnumeration();
    }
  }
}
