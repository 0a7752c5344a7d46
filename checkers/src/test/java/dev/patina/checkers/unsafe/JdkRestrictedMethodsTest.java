package dev.patina.checkers.unsafe;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.classfile.Annotation;
import java.lang.classfile.ClassFile;
import java.lang.classfile.ClassModel;
import java.lang.classfile.MethodModel;
import java.lang.classfile.attribute.RuntimeInvisibleAnnotationsAttribute;
import java.lang.classfile.attribute.RuntimeVisibleAnnotationsAttribute;
import java.net.URI;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * X0001's list of restricted operations against the JDK's own: the methods of the running JDK's
 * exported packages annotated {@code @jdk.internal.javac.Restricted}, read from its class files.
 * Every one must be exercised, overload by overload, by {@link RestrictedApisTest} (whose
 * expectations require the named rule's note, not the catch-all "the JDK marks it"), and listed in
 * docs/checkers/unsafe.md.
 */
class JdkRestrictedMethodsTest {

  private static final String RESTRICTED = "Ljdk/internal/javac/Restricted;";

  /** {@code MemorySegment.reinterpret} to its number of overloads. */
  private static Map<String, Long> jdk;

  @BeforeAll
  static void readTheJdk() throws IOException {
    jdk = new TreeMap<>();
    Path modules = FileSystems.getFileSystem(URI.create("jrt:/")).getPath("/modules");
    try (Stream<Path> files = Files.walk(modules)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        ClassModel type = ClassFile.of().parse(Files.readAllBytes(p));
        String name = type.thisClass().asInternalName();
        if (name.contains("/internal/") || name.startsWith("sun/") || name.startsWith("jdk/")) {
          continue; // not API: the implementation classes are not what users call
        }
        for (MethodModel m : type.methods()) {
          if (restricted(m)) {
            String simple = name.substring(name.lastIndexOf('/') + 1).replace('$', '.');
            jdk.merge(simple + "." + m.methodName().stringValue(), 1L, Long::sum);
          }
        }
      }
    }
  }

  private static boolean restricted(MethodModel m) {
    return m.attributes().stream()
        .flatMap(a -> switch (a) {
          case RuntimeVisibleAnnotationsAttribute v -> v.annotations().stream();
          case RuntimeInvisibleAnnotationsAttribute i -> i.annotations().stream();
          default -> Stream.<Annotation>empty();
        })
        .anyMatch(an -> an.className().stringValue().equals(RESTRICTED));
  }

  @Test
  void theJdkHasTheRestrictedMethodsThisCheckWasWrittenFor() {
    assertThat(jdk).containsKeys(
        "MemorySegment.reinterpret", "Linker.downcallHandle", "Linker.upcallStub", "SymbolLookup.libraryLookup",
        "AddressLayout.withTargetLayout", "ModuleLayer.Controller.enableNativeAccess",
        "System.load", "System.loadLibrary", "Runtime.load", "Runtime.loadLibrary");
  }

  @Test
  void everyOverloadOfEveryRestrictedMethodIsTested() {
    Map<String, Long> tested = RestrictedApisTest.USES.stream()
        .filter(u -> !u.statement().contains("::"))
        .collect(Collectors.groupingBy(RestrictedApisTest.Use::name, TreeMap::new, Collectors.counting()));
    for (Map.Entry<String, Long> e : jdk.entrySet()) {
      assertThat(tested.get(e.getKey()))
          .as("RestrictedApisTest uses each of the %d overloads of %s", e.getValue(), e.getKey())
          .isEqualTo(e.getValue());
    }
  }

  @Test
  void theDocsTableListsEveryRestrictedMethod() throws IOException {
    String docs = Files.readString(Path.of("../docs/checkers/unsafe.md"));
    String table = docs.substring(docs.indexOf("## The restricted operations"), docs.indexOf("## Silencing"));
    List<String> rows = table.lines().filter(l -> l.startsWith("| `")).toList();
    Function<String, Boolean> listed = name -> {
      int dot = name.lastIndexOf('.');
      String type = name.substring(0, dot);
      String method = name.substring(dot + 1);
      return rows.stream().anyMatch(r -> r.contains("`" + type + "." + method + "(") || (r.contains("`" + type + ".") && r.contains("`" + method + "(")));
    };
    for (String name : jdk.keySet()) {
      assertThat(listed.apply(name)).as("docs/checkers/unsafe.md lists %s in its table", name).isTrue();
    }
  }
}
