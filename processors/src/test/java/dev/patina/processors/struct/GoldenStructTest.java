package dev.patina.processors.struct;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import java.lang.reflect.Method;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Snapshot tests of the generated source for three records, and behaviour tests of that source
 * compiled again on its own. Regenerate the snapshots after an intended change with
 * {@code ./patina test -pl processors -am -Dtest=GoldenStructTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dpatina.regenerateGolden=true}, then review the diff.
 */
class GoldenStructTest {

  private static final Path GOLDEN = Path.of("src/test/resources/golden/struct");
  private static final List<String> INPUTS = List.of("Header", "Sample", "Pixel");
  private static ClassLoader compiledGolden;

  @BeforeAll
  static void compileGoldenFilesAgain() throws Exception {
    Map<String, String> sources = new LinkedHashMap<>();
    for (String name : INPUTS) {
      sources.put("telemetry/" + name + ".java",
          Files.readString(GOLDEN.resolve("input/telemetry/" + name + ".java")));
      for (String suffix : List.of("Layout", "View")) {
        sources.put("telemetry/" + name + suffix + ".java",
            Files.readString(GOLDEN.resolve(name + suffix + ".java")));
      }
    }
    StructCompiler.Result result = StructCompiler.compileWithoutProcessor(sources);
    assertThat(result.errors()).isEmpty();
    compiledGolden = result.loader();
  }

  @Test
  void generatedSourceMatchesTheGoldenFiles() throws Exception {
    Map<String, String> inputs = new LinkedHashMap<>();
    for (String name : INPUTS) {
      inputs.put("telemetry/" + name + ".java",
          Files.readString(GOLDEN.resolve("input/telemetry/" + name + ".java")));
    }
    StructCompiler.Result result = StructCompiler.compile(inputs);
    assertThat(result.errors()).isEmpty();
    boolean regenerate = Boolean.getBoolean("patina.regenerateGolden");
    for (String name : INPUTS) {
      for (String suffix : List.of("Layout", "View")) {
        String generated = result.generated("telemetry/" + name + suffix + ".java");
        Path golden = GOLDEN.resolve(name + suffix + ".java");
        if (regenerate) {
          Files.writeString(golden, generated);
        }
        assertThat(generated).as(golden.toString()).isEqualTo(Files.readString(golden));
      }
    }
  }

  @Test
  void aHeaderWrittenThroughTheViewHasTheBytesOfABigEndianByteBuffer() throws Exception {
    Object header = header((short) 0x0102, 0x03040506, (byte) 0xA0, true, (char) 0xBEEF);
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment segment = arena.allocate(constant("HeaderLayout", "SIZE"));
      Object view = view("HeaderView", segment, 0L);
      call(view, "write", header);

      ByteBuffer expected = ByteBuffer.allocate(15).order(ByteOrder.BIG_ENDIAN);
      expected.putShort((short) 0x0102).putInt(0x03040506);
      for (int i = 0; i < 6; i++) {
        expected.put((byte) (0xA0 + i));
      }
      expected.put((byte) 1).putChar((char) 0xBEEF);
      assertThat(segment.toArray(ValueLayout.JAVA_BYTE)).containsExactly(expected.array());

      Object back = call(view, "read");
      assertSameHeader(back, header);
      assertThat(call(view, "length")).isEqualTo(0x03040506);
      assertThat(call(view, "mac", 5)).isEqualTo((byte) 0xA5);
    }
  }

  @Test
  void aSampleHasLittleEndianFieldsAroundItsBigEndianHeaders() throws Exception {
    Object h0 = header((short) 1, 100, (byte) 0x10, false, 'a');
    Object h1 = header((short) 2, 200, (byte) 0x20, true, 'b');
    Object h2 = header((short) 3, 300, (byte) 0x30, false, 'c');
    Object headers = java.lang.reflect.Array.newInstance(compiledGolden.loadClass("telemetry.Header"), 2);
    java.lang.reflect.Array.set(headers, 0, h1);
    java.lang.reflect.Array.set(headers, 1, h2);
    Object sample = compiledGolden.loadClass("telemetry.Sample").getDeclaredConstructors()[0]
        .newInstance(0x1122334455667788L, new double[] {1.5, -2.25, 1e300}, h0, headers);

    assertThat(constant("SampleLayout", "SIZE")).isEqualTo(80);
    assertThat(constant("SampleLayout", "OFFSET_HEADER")).isEqualTo(32);
    assertThat(constant("SampleLayout", "OFFSET_HISTORY")).isEqualTo(47);
    // A heap segment over a byte[] has no alignment guarantee; the views' unaligned handles work.
    byte[] bytes = new byte[80];
    Object view = view("SampleView", MemorySegment.ofArray(bytes), 0L);
    call(view, "write", sample);

    ByteBuffer le = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    ByteBuffer be = ByteBuffer.wrap(bytes).order(ByteOrder.BIG_ENDIAN);
    assertThat(le.getLong(0)).isEqualTo(0x1122334455667788L);
    assertThat(le.getDouble(8)).isEqualTo(1.5);
    assertThat(le.getDouble(24)).isEqualTo(1e300);
    assertThat(be.getShort(32)).isEqualTo((short) 1);
    assertThat(be.getInt(34)).isEqualTo(100);
    assertThat(be.getInt(47 + 2)).isEqualTo(200);
    assertThat(be.getInt(47 + 15 + 2)).isEqualTo(300);
    assertThat(be.getChar(47 + 15 + 13)).isEqualTo('c');
    assertThat(Arrays.copyOfRange(bytes, 77, 80)).containsOnly(0);

    Object back = call(view, "read");
    assertThat(call(back, "time")).isEqualTo(0x1122334455667788L);
    assertThat((double[]) call(back, "xyz")).containsExactly(1.5, -2.25, 1e300);
    assertSameHeader(call(back, "header"), h0);
    Object[] history = (Object[]) call(back, "history");
    assertSameHeader(history[0], h1);
    assertSameHeader(history[1], h2);
  }

  @Test
  void oneViewWalksAnArrayOfPixels() throws Exception {
    long size = constant("PixelLayout", "SIZE");
    assertThat(size).isEqualTo(12);
    try (Arena arena = Arena.ofConfined()) {
      MemorySegment pixels = arena.allocate(size * 4, constant("PixelLayout", "ALIGNMENT"));
      Object view = view("PixelView", pixels, 0L);
      for (int i = 0; i < 4; i++) {
        call(call(call(call(view, "at", (long) i), "alpha", (byte) i), "rgb", 0x10101 * i),
            "depth", (short) -i);
      }
      ByteBuffer le = pixels.asByteBuffer().order(ByteOrder.LITTLE_ENDIAN);
      for (int i = 0; i < 4; i++) {
        assertThat(le.get(i * 12)).isEqualTo((byte) i);
        assertThat(le.getInt(i * 12 + 4)).isEqualTo(0x10101 * i);
        assertThat(le.getShort(i * 12 + 8)).isEqualTo((short) -i);
        call(view, "at", (long) i);
        assertThat(call(view, "rgb")).isEqualTo(0x10101 * i);
      }
    }
  }

  @Test
  void theViewRejectsAWrongArrayLengthAndAnIndexOutOfRange() throws Exception {
    try (Arena arena = Arena.ofConfined()) {
      Object view = view("HeaderView", arena.allocate(constant("HeaderLayout", "SIZE")), 0L);
      assertThatThrownBy(() -> call(view, "mac", (Object) new byte[5]))
          .cause().isInstanceOf(IllegalArgumentException.class)
          .hasMessage("`mac` holds 6 elements, got 5");
      assertThatThrownBy(() -> call(view, "mac", 6))
          .cause().isInstanceOf(IndexOutOfBoundsException.class);
      // A view bound past the end of its segment fails on access instead of reading foreign memory.
      call(view, "at", 1L);
      assertThatThrownBy(() -> call(view, "version"))
          .cause().isInstanceOf(IndexOutOfBoundsException.class);
    }
  }

  private static Object header(short version, int length, byte mac0, boolean urgent, char flags)
      throws Exception {
    byte[] mac = new byte[6];
    for (int i = 0; i < 6; i++) {
      mac[i] = (byte) (mac0 + i);
    }
    return compiledGolden.loadClass("telemetry.Header").getDeclaredConstructors()[0]
        .newInstance(version, length, mac, urgent, flags);
  }

  private static void assertSameHeader(Object actual, Object expected) throws Exception {
    for (String component : List.of("version", "length", "urgent", "flags")) {
      assertThat(call(actual, component)).as(component).isEqualTo(call(expected, component));
    }
    assertThat((byte[]) call(actual, "mac")).containsExactly((byte[]) call(expected, "mac"));
  }

  private static long constant(String layoutClass, String name) throws Exception {
    return compiledGolden.loadClass("telemetry." + layoutClass).getField(name).getLong(null);
  }

  private static Object view(String viewClass, MemorySegment segment, long offset)
      throws Exception {
    return compiledGolden.loadClass("telemetry." + viewClass)
        .getConstructor(MemorySegment.class, long.class).newInstance(segment, offset);
  }

  /** Calls the public method {@code name} whose parameters accept {@code args}. */
  private static Object call(Object target, String name, Object... args) throws Exception {
    for (Method m : target.getClass().getMethods()) {
      if (m.getName().equals(name) && m.getParameterCount() == args.length
          && accepts(m.getParameterTypes(), args)) {
        return m.invoke(target, args);
      }
    }
    throw new NoSuchMethodException(target.getClass().getName() + "." + name);
  }

  private static boolean accepts(Class<?>[] types, Object[] args) {
    for (int i = 0; i < types.length; i++) {
      Class<?> t = types[i].isPrimitive()
          ? java.lang.invoke.MethodType.methodType(types[i]).wrap().returnType()
          : types[i];
      if (!t.isInstance(args[i])) {
        return false;
      }
    }
    return true;
  }
}
