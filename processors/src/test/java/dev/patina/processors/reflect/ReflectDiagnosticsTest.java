package dev.patina.processors.reflect;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** R0001–R0003, silence on correct code, and a failure inside the processor reported on the element. */
class ReflectDiagnosticsTest {

  private static Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(new ReflectProcessor()).compile(sources);
  }

  private static JavaFileObject source(String name, String... lines) {
    return JavaFileObjects.forSourceLines(name, lines);
  }

  @Test
  void r0001LocalClassInAMethod() {
    Compilation c = compile(source("shop.Checkout",
        "package shop;",
        "import dev.patina.derive.Reflect;",
        "class Checkout {",
        "  int total() {",
        "    @Reflect class Line { int cents; }",
        "    return new Line().cents;",
        "  }",
        "}"));
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[R0001] @Reflect on the local class Line").inFile(c.sourceFiles().get(0))
        .onLine(5);
    assertThat(c).hadErrorContaining("  help: move Line out of the method");
  }

  @Test
  void r0001LocalRecordInAnInitializerAndAConstructor() {
    Compilation c = compile(source("shop.Cart",
        "package shop;",
        "class Cart {",
        "  {",
        "    @dev.patina.derive.Reflect record Item(String sku) {}",
        "  }",
        "  Cart() {",
        "    if (true) { @dev.patina.derive.Reflect enum Size { S, M } }",
        "  }",
        "}"));
    assertThat(c).hadErrorCount(2);
    assertThat(c).hadErrorContaining("[R0001] @Reflect on the local class Item").inFile(c.sourceFiles().get(0)).onLine(4);
    assertThat(c).hadErrorContaining("[R0001] @Reflect on the local class Size").inFile(c.sourceFiles().get(0)).onLine(7);
  }

  @Test
  void r0001OnlyForPatinasReflect() {
    Compilation c = compile(
        source("other.Reflect", "package other;", "public @interface Reflect {}"),
        source("shop.Basket",
            "package shop;",
            "import other.Reflect;",
            "class Basket {",
            "  void add() { @Reflect class Entry {} }",
            "}"));
    assertThat(c).succeededWithoutWarnings();
  }

  @Test
  void r0002PrivateNestedType() {
    Compilation c = compile(source("bank.Ledger",
        "package bank;",
        "import dev.patina.derive.Reflect;",
        "public class Ledger {",
        "  @Reflect private static class Entry { long cents; }",
        "}"));
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[R0002] @Reflect on bank.Ledger.Entry, which its generated table cannot reach: it is private")
        .inFile(c.sourceFiles().get(0)).onLine(4);
    assertThat(c).hadErrorContaining("  help: make Entry package-private (drop `private`) so that Ledger_Entry_Reflection");
  }

  @Test
  void r0002NestedInAPrivateType() {
    Compilation c = compile(source("bank.Vault",
        "package bank;",
        "import dev.patina.derive.Reflect;",
        "public class Vault {",
        "  private static class Box {",
        "    @Reflect static class Key { int id; }",
        "  }",
        "}"));
    assertThat(c).hadErrorContaining("[R0002] @Reflect on bank.Vault.Box.Key, which its generated table cannot reach:"
        + " it is nested in the private type Box").inFile(c.sourceFiles().get(0)).onLine(5);
    assertThat(c).hadErrorContaining("help: make Box package-private");
  }

  @Test
  void r0002PrivateRecordAndEnum() {
    Compilation c = compile(source("bank.Teller",
        "package bank;",
        "import dev.patina.derive.Reflect;",
        "public class Teller {",
        "  @Reflect private record Slip(long cents) {}",
        "  @Reflect private enum Desk { A, B }",
        "}"));
    assertThat(c).hadErrorCount(2);
    assertThat(c).hadErrorContaining("[R0002] @Reflect on bank.Teller.Slip").inFile(c.sourceFiles().get(0)).onLine(4);
    assertThat(c).hadErrorContaining("[R0002] @Reflect on bank.Teller.Desk").inFile(c.sourceFiles().get(0)).onLine(5);
  }

  @Test
  void r0003ExistingTypeHasTheName() {
    Compilation c = compile(
        source("geo.Point", "package geo;", "@dev.patina.derive.Reflect", "public class Point { public int x; }"),
        source("geo.PointReflection", "package geo;", "class PointReflection {}"));
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[R0003] the reflection table of geo.Point would be named geo.PointReflection,"
        + " but that name is already taken by an existing type").inFile(c.sourceFiles().get(0)).onLine(3);
    assertThat(c).hadErrorContaining("help: rename the existing PointReflection");
  }

  @Test
  void r0003TwoTablesWouldShareAName() {
    Compilation c = compile(
        source("geo.A_B_", "package geo;", "@dev.patina.derive.Reflect", "public class A_B_ {}"),
        source("geo.A", "package geo;", "public class A {", "  @dev.patina.derive.Reflect public static class B {}", "}"));
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("would be named geo.A_B_Reflection, but that name is already taken by the table of");
    assertThat(c).hadErrorContaining("help: rename one of the two types");
  }

  @Test
  void r0003ExistingNestedName() {
    Compilation c = compile(
        source("geo.Map", "package geo;", "public class Map {", "  @dev.patina.derive.Reflect static class Tile {}", "}"),
        source("geo.Map_Tile_Reflection", "package geo;", "interface Map_Tile_Reflection {}"));
    assertThat(c).hadErrorContaining("[R0003] the reflection table of geo.Map.Tile would be named geo.Map_Tile_Reflection");
  }

  @Test
  void silentOnCorrectCode() {
    Compilation c = compile(
        source("zoo.Keeper",
            "package zoo;",
            "import dev.patina.derive.Reflect;",
            "import java.util.List;",
            "@Reflect",
            "class Keeper {",
            "  @Reflect static class Shift { int hours; }",
            "  @Reflect interface Duty { void perform(); }",
            "  @Reflect record Feed(String animal, int grams) {}",
            "  private List<String> names;",
            "  void work() { class Helper {} new Helper(); Runnable r = () -> {}; }",
            "}"),
        source("zoo.KeeperReflections", "package zoo;", "class KeeperReflections {}"));
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("zoo.KeeperReflection");
    assertThat(c).generatedSourceFile("zoo.Keeper_Shift_Reflection");
    assertThat(c).generatedSourceFile("zoo.Keeper_Duty_Reflection");
    assertThat(c).generatedSourceFile("zoo.Keeper_Feed_Reflection");
  }

  @Test
  void indexListsEveryTableOfTheCompilationOnce() throws IOException {
    Compilation c = compile(
        source("zoo.Lion", "package zoo;", "@dev.patina.derive.Reflect public class Lion {}"),
        source("zoo.Cage", "package zoo;", "public class Cage { @dev.patina.derive.Reflect public enum Size { S } }"));
    assertThat(c).succeededWithoutWarnings();
    String index = Golden.content(c.generatedFile(javax.tools.StandardLocation.CLASS_OUTPUT, ReflectProcessor.INDEX)
        .orElseThrow());
    assertThat(index.lines().filter(l -> !l.startsWith("#")))
        .containsExactly("zoo.Cage$Size=zoo.Cage_Size_Reflection", "zoo.Lion=zoo.LionReflection");
  }

  /**
   * Another processor in the same compilation already wrote the file the table needs: the Filer
   * throws, and the processor reports that on the element instead of crashing javac.
   */
  @Test
  void anExceptionInsideTheProcessorBecomesAnErrorOnTheElement() {
    Compilation c = javac().withProcessors(new SameNameProcessor(), new ReflectProcessor()).compile(
        source("geo.Point", "package geo;", "@dev.patina.derive.Reflect", "public class Point { public int x; }"));
    assertThat(c).failed();
    assertThat(c).hadErrorContaining("[reflect.internal] Patina's @Reflect processor failed on geo.Point and generated"
        + " no table for it: javax.annotation.processing.FilerException").inFile(c.sourceFiles().get(0)).onLine(3);
    assertThat(c).hadErrorContaining("  help: this is a bug in Patina, or a clash with another processor's output");
    assertThat(c.diagnostics()).filteredOn(d -> d.getKind() == Diagnostic.Kind.ERROR).hasSize(1);
  }

  /** A processor of someone else's that happens to generate {@code geo.PointReflection}. */
  private static final class SameNameProcessor extends AbstractProcessor {
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done) {
        done = true;
        try (Writer w = processingEnv.getFiler().createSourceFile("geo.PointReflection").openWriter()) {
          w.write("package geo; public class PointReflection {}");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }
}
