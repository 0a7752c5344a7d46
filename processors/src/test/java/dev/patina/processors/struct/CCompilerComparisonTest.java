package dev.patina.processors.struct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.StructLayout;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The acceptance test of {@code @Struct}'s layouts: every declaration below is written both as a
 * Java record, compiled with {@link StructProcessor}, and as a C struct, compiled with the
 * system's {@code cc}; the sizes, alignments and offsets of both must be equal.
 */
class CCompilerComparisonTest {

  /**
   * Hand-written declarations, one per line: {@code Name [packed] [be]: type name; ...}, where a
   * type is a Java primitive, an earlier declaration's name, or either with {@code [n]} after it.
   */
  private static final List<String> HAND_WRITTEN = List.of(
      "Empty1: byte a",
      "Mixed: byte a; int b; short c; long d",
      "Descending: long a; int b; short c; byte d",
      "Ascending: byte a; short b; int c; long d",
      "TailPad: long a; byte b",
      "Floats: float a; double b; float c",
      "Chars: char a; byte b; char c",
      "Flags: boolean a; int b; boolean c",
      "Bytes16: byte[16] name; int id",
      "IntArray: byte tag; int[3] values; short end",
      "Vec3: float x; float y; float z",
      "Particle: Vec3 position; Vec3 velocity; byte kind",
      "Segment: byte id; Mixed inner; byte after",
      "Polyline: short count; Vec3[4] points",
      "Nested2: byte a; Segment s; double d",
      "PackedMixed packed: byte a; int b; short c; long d",
      "PackedNested packed: byte a; Mixed m; byte b",
      "PackedArrays packed: byte a; long[2] b; Vec3[2] c",
      "HoldsPacked: byte a; PackedMixed p; int b",
      "HoldsPackedArray: short a; PackedMixed[3] p",
      "NetHeader packed be: short version; int length; long timestamp; byte[6] mac",
      "BigEndianC be: byte a; double b; char c",
      "BigNested be: NetHeader h; int crc",
      "DoubleArray be: byte a; double[5] d",
      "Wide: byte a; Nested2[2] items; char c");

  @Test
  void layoutsEqualTheCCompilers() throws Exception {
    List<Decl> decls = new ArrayList<>();
    for (String line : HAND_WRITTEN) {
      decls.add(Decl.parse(line));
    }
    decls.addAll(randomDecls(new Random(0x5EED), 40, decls));
    assertThat(decls).hasSizeGreaterThanOrEqualTo(20);

    Map<String, Long> java = javaNumbers(decls);
    Map<String, Long> c = cNumbers(decls);
    assertThat(java).hasSize(c.size());
    assertThat(java).isEqualTo(c);
    System.out.printf("compared %d struct declarations (%d numbers) with cc%n",
        decls.size(), c.size());
  }

  /** One struct declaration, the common source of its Java record and its C struct. */
  record Decl(String name, boolean packed, boolean bigEndian, List<Member> members) {

    static Decl parse(String line) {
      String[] headAndBody = line.split(":", 2);
      String[] head = headAndBody[0].trim().split("\\s+");
      List<String> flags = List.of(head).subList(1, head.length);
      List<Member> members = new ArrayList<>();
      for (String m : headAndBody[1].split(";")) {
        String[] typeAndName = m.trim().split("\\s+");
        String type = typeAndName[0];
        int length = 0;
        if (type.endsWith("]")) {
          length = Integer.parseInt(type.substring(type.indexOf('[') + 1, type.length() - 1));
          type = type.substring(0, type.indexOf('['));
        }
        members.add(new Member(type, length, typeAndName[1]));
      }
      return new Decl(head[0], flags.contains("packed"), flags.contains("be"), members);
    }

    String java() {
      StringBuilder s = new StringBuilder("package cmp;\n\nimport dev.patina.derive.*;\n\n@Struct(");
      s.append("repr = Repr.").append(packed ? "PACKED" : "C");
      s.append(", order = Order.").append(bigEndian ? "BIG_ENDIAN" : "LITTLE_ENDIAN").append(")\n");
      s.append("record ").append(name).append("(");
      List<String> parts = new ArrayList<>();
      for (Member m : members) {
        parts.add((m.length > 0 ? "@Length(" + m.length + ") " + m.type + "[]" : m.type)
            + " " + m.name);
      }
      return s.append(String.join(", ", parts)).append(") {}\n").toString();
    }

    String c() {
      StringBuilder s = new StringBuilder("struct ").append(name).append(" {\n");
      for (Member m : members) {
        Primitive p = Primitive.ofJavaName(m.type);
        s.append("  ").append(p != null ? p.cType() : "struct " + m.type).append(' ').append(m.name);
        if (m.length > 0) {
          s.append('[').append(m.length).append(']');
        }
        s.append(";\n");
      }
      return s.append("}").append(packed ? " __attribute__((packed))" : "").append(";\n").toString();
    }
  }

  record Member(String type, int length, String name) {}

  /** Random declarations built from primitives, arrays and the declarations before them. */
  private static List<Decl> randomDecls(Random random, int count, List<Decl> earlier) {
    List<String> primitives =
        List.of("byte", "short", "char", "int", "long", "float", "double", "boolean");
    List<Decl> all = new ArrayList<>(earlier);
    List<Decl> made = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      List<Member> members = new ArrayList<>();
      int fields = 1 + random.nextInt(7);
      for (int f = 0; f < fields; f++) {
        String type = random.nextInt(5) == 0
            ? all.get(random.nextInt(all.size())).name
            : primitives.get(random.nextInt(primitives.size()));
        int length = random.nextInt(4) == 0 ? 1 + random.nextInt(5) : 0;
        members.add(new Member(type, length, "f" + f));
      }
      Decl d = new Decl("Random" + i, random.nextInt(4) == 0, random.nextBoolean(), members);
      all.add(d);
      made.add(d);
    }
    return made;
  }

  /** {@code Name -> size}, {@code Name@align -> alignment}, {@code Name.field -> offset}. */
  private static Map<String, Long> javaNumbers(List<Decl> decls) throws Exception {
    Map<String, String> sources = new LinkedHashMap<>();
    for (Decl d : decls) {
      sources.put("cmp/" + d.name + ".java", d.java());
    }
    StructCompiler.Result result = StructCompiler.compile(sources);
    assertThat(result.errors()).isEmpty();
    ClassLoader loader = result.loader();
    Map<String, Long> numbers = new TreeMap<>();
    for (Decl d : decls) {
      Class<?> layout = loader.loadClass("cmp." + d.name + "Layout");
      long size = layout.getField("SIZE").getLong(null);
      long alignment = layout.getField("ALIGNMENT").getLong(null);
      StructLayout struct = (StructLayout) layout.getField("LAYOUT").get(null);
      // The StructLayout constant must agree with the constants the view uses.
      assertThat(struct.byteSize()).as(d.name + " LAYOUT.byteSize()").isEqualTo(size);
      assertThat(struct.byteAlignment()).as(d.name + " LAYOUT.byteAlignment()").isEqualTo(alignment);
      numbers.put(d.name, size);
      numbers.put(d.name + "@align", alignment);
      for (Member m : d.members) {
        long offset = layout.getField(Names.offsetConstant(m.name)).getLong(null);
        assertThat(struct.byteOffset(MemoryLayout.PathElement.groupElement(m.name)))
            .as(d.name + "." + m.name + " in LAYOUT").isEqualTo(offset);
        numbers.put(d.name + "." + m.name, offset);
      }
    }
    return numbers;
  }

  private static Map<String, Long> cNumbers(List<Decl> decls) throws Exception {
    StringBuilder program = new StringBuilder(
        "#include <stdio.h>\n#include <stddef.h>\n#include <stdint.h>\n\n");
    for (Decl d : decls) {
      program.append(d.c()).append('\n');
    }
    program.append("int main(void) {\n");
    for (Decl d : decls) {
      program.append(String.format(
          "  printf(\"%1$s %%zu\\n%1$s@align %%zu\\n\", sizeof(struct %1$s), _Alignof(struct %1$s));%n",
          d.name));
      for (Member m : d.members) {
        program.append(String.format(
            "  printf(\"%1$s.%2$s %%zu\\n\", offsetof(struct %1$s, %2$s));%n", d.name, m.name));
      }
    }
    program.append("  return 0;\n}\n");
    Path dir = Files.createTempDirectory("struct-cc");
    Path source = Files.writeString(dir.resolve("layouts.c"), program);
    Path binary = dir.resolve("layouts");
    run(dir, "cc", "-std=c11", "-Wall", "-Werror", "-o", binary.toString(), source.toString());
    Map<String, Long> numbers = new TreeMap<>();
    for (String line : run(dir, binary.toString()).split("\n")) {
      String[] kv = line.split(" ");
      numbers.put(kv[0], Long.parseLong(kv[1]));
    }
    return numbers;
  }

  private static String run(Path dir, String... command) throws IOException, InterruptedException {
    Process process;
    try {
      process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
    } catch (IOException e) {
      return fail("this test needs a C compiler: `%s` could not be started (%s); install one"
          + " (e.g. `apt-get install gcc`)", command[0], e.getMessage());
    }
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      fail("`%s` failed:%n%s", String.join(" ", command), output);
    }
    return output;
  }
}
