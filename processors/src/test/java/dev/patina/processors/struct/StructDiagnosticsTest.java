package dev.patina.processors.struct;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every error of the {@code @Struct} processor, where it points, and silence on correct code. */
class StructDiagnosticsTest {

  private static Compilation compile(String... sources) {
    JavaFileObject[] files = new JavaFileObject[sources.length];
    for (int i = 0; i < sources.length; i++) {
      String name = sources[i].replaceAll("(?s).*?(?:record|class|interface|enum) (\\w+).*", "$1");
      files[i] = JavaFileObjects.forSourceString("wire." + name,
          "package wire;\nimport dev.patina.derive.*;\n" + sources[i]);
    }
    return Compiler.javac().withProcessors(new StructProcessor()).compile(files);
  }

  @Test
  void s0001AStringHasNoFixedLayout() {
    Compilation c = compile("@Struct record User(int id, String name) {}");
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[S0001] component `name` has type `java.lang.String`, which"
        + " has no fixed memory layout");
    assertThat(c).hadErrorContaining("help: a struct holds primitives");
    assertThat(c).hadErrorContainingMatch("S0001").inFile(c.sourceFiles().get(0)).onLine(3);
  }

  @Test
  void s0001ObjectsListsAndBoxesHaveNoFixedLayout() {
    assertThat(compile("@Struct record A(Object o) {}")).hadErrorContaining("[S0001]");
    assertThat(compile("@Struct record B(java.util.List<Integer> xs) {}"))
        .hadErrorContaining("[S0001]");
    assertThat(compile("@Struct record C(Integer boxed) {}")).hadErrorContaining("[S0001]");
    assertThat(compile("@Struct record D(@Length(2) String[] names) {}"))
        .hadErrorContaining("[S0001]");
  }

  @Test
  void s0001ARecordWithoutStructSuggestsTheAnnotation() {
    Compilation c = compile("@Struct record Line(Point a, Point b) {}", "record Point(int x, int y) {}");
    assertThat(c).hadErrorContaining("[S0001] component `a`");
    assertThat(c).hadErrorContaining("help: annotate `Point` with @Struct to embed it by value");
  }

  @Test
  void s0001ArraysOfArraysHaveOnlyOneLength() {
    assertThat(compile("@Struct record Grid(@Length(3) int[][] cells) {}"))
        .hadErrorContaining("[S0001] component `cells` is an array of arrays");
  }

  @Test
  void s0002ADirectlyRecursiveStruct() {
    Compilation c = compile("@Struct record Node(int value, Node next) {}");
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[S0002] component `next` makes `Node` contain itself"
        + " (Node -> Node)");
    assertThat(c).hadErrorContaining("help: a struct cannot hold itself by value");
  }

  @Test
  void s0002RecursionThroughAnotherStructAndAnArray() {
    Compilation c = compile("@Struct record Tree(int value, @Length(2) Branch[] branches) {}",
        "@Struct record Branch(float weight, Tree subtree) {}");
    assertThat(c).hadErrorContaining("[S0002]");
    assertThat(c).hadErrorContaining("(Tree -> Branch -> Tree)");
  }

  @Test
  void s0003AnArrayWithoutLength() {
    Compilation c = compile("@Struct record Packet(short kind, byte[] payload) {}");
    assertThat(c).hadErrorCount(1);
    assertThat(c).hadErrorContaining("[S0003] array component `payload` has no @Length");
    assertThat(c).hadErrorContaining("help: give the number of elements");
  }

  @Test
  void s0004StructOnAClassAnEnumAndAGenericRecord() {
    assertThat(compile("@Struct class Header { int version; }"))
        .hadErrorContaining("[S0004] @Struct is on a class `Header`, but only a record");
    assertThat(compile("@Struct enum Kind { A, B }"))
        .hadErrorContaining("[S0004] @Struct is on an enum `Kind`");
    assertThat(compile("@Struct record Pair<T>(int a, int b) {}"))
        .hadErrorContaining("[S0004] @Struct record `Pair` is generic");
  }

  @Test
  void s0004APrivateNestedRecord() {
    assertThat(compile("class Outer { @Struct private record Hidden(int x) {} }"))
        .hadErrorContaining("[S0004] @Struct record `Hidden` is private");
  }

  @Test
  void s0005LengthBelowOneOrOnANonArray() {
    assertThat(compile("@Struct record Frame(@Length(0) byte[] data) {}"))
        .hadErrorContaining("[S0005] @Length(0) on `data`");
    assertThat(compile("@Struct record Frame(@Length(-4) int[] data) {}"))
        .hadErrorContaining("[S0005] @Length(-4) on `data`");
    assertThat(compile("@Struct record Frame(@Length(4) int data) {}"))
        .hadErrorContaining("[S0005] @Length on `data`, which is a `int` and not an array");
  }

  @Test
  void s0006AComponentNamedLikeAViewMethod() {
    assertThat(compile("@Struct record Cursor(long offset, int read) {}"))
        .hadErrorContaining("[S0006] component `read` has the name of a method");
  }

  @Test
  void s0006TwoComponentsWithTheSameConstantName() {
    assertThat(compile("@Struct record Reading(int sensorId, int sensor_id) {}"))
        .hadErrorContaining("[S0006] components `sensorId` and `sensor_id` would both give the"
            + " constant `OFFSET_SENSOR_ID` in `ReadingLayout`");
  }

  @Test
  void s0007ATypeThatAlreadyHasTheGeneratedNameBecomesADiagnostic() {
    // The generated PointLayout cannot be written because the source already declares one; the
    // Filer throws, and the processor reports that instead of crashing javac.
    Compilation c = compile("@Struct record Point(int x, int y) {}", "class PointLayout {}");
    assertThat(c).hadErrorContaining("[S0007] Patina's struct processor failed on `wire.Point`"
        + " and generated nothing for it: javax.annotation.processing.FilerException");
    assertThat(c).hadErrorContaining("help: if a type named like the generated ones already exists");
  }

  @Test
  void correctStructsCompileWithoutAnyDiagnostic() {
    Compilation c = compile(
        "@Struct(repr = Repr.PACKED, order = Order.BIG_ENDIAN) record Header(short version,"
            + " int length, @Length(6) byte[] mac, boolean urgent, char flags) {}",
        "@Struct record Sample(long time, @Length(3) double[] xyz, Header header,"
            + " @Length(2) Header[] history) {}",
        "class Outer { @Struct record Inner(byte a, Sample s) {} }");
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("wire.SampleLayout");
    assertThat(c).generatedSourceFile("wire.SampleView");
    assertThat(c).generatedSourceFile("wire.Outer_InnerView");
  }
}
