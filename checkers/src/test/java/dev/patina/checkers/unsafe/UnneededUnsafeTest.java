package dev.patina.checkers.unsafe;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Test;

/** X0002: {@code @Unsafe} that no restricted operation needs. */
class UnneededUnsafeTest {

  private CompilationTestHelper helper(String... lines) {
    String[] all = new String[lines.length + 2];
    all[0] = "import dev.patina.ownership.Unsafe;";
    all[1] = "import java.lang.foreign.*;";
    System.arraycopy(lines, 0, all, 2, lines.length);
    return CompilationTestHelper.newInstance(UnneededUnsafe.class, getClass()).addSourceLines("Frames.java", all);
  }

  @Test
  void firesOnMethodsConstructorsAndClassesWithoutRestrictedOperations() {
    helper(
        "class Frames {",
        "  // BUG: Diagnostic contains: `@Unsafe` on `length`, which uses no restricted operation",
        "  @Unsafe static long length(MemorySegment frame) {",
        "    return frame.byteSize();",
        "  }",
        "  final MemorySegment frame;",
        "  // BUG: Diagnostic contains: `@Unsafe` on a constructor, which uses no restricted operation",
        "  @Unsafe Frames(MemorySegment frame) {",
        "    this.frame = frame.asSlice(0, 16);",
        "  }",
        "  interface Decoder {",
        "    // BUG: Diagnostic contains: help: remove `@Unsafe`",
        "    @Unsafe MemorySegment decode(MemorySegment raw);",
        "  }",
        "}",
        "// BUG: Diagnostic contains: `@Unsafe` on class `Checksums`, which uses no restricted operation",
        "@Unsafe final class Checksums {",
        "  static int sum(byte[] data) { int s = 0; for (byte b : data) { s += b; } return s; }",
        "}")
        .doTest();
  }

  @Test
  void anOuterUnsafeWhoseOperationsAreAllInNestedUnsafeCodeFires() {
    helper(
        "// BUG: Diagnostic contains: its restricted operations are all inside nested `@Unsafe` code",
        "@Unsafe final class Frames {",
        "  @Unsafe static MemorySegment header(MemorySegment address) {",
        "    // SAFETY: the driver hands over frames with a 16-byte header",
        "    return address.reinterpret(16);",
        "  }",
        "  static long length(MemorySegment frame) { return frame.byteSize(); }",
        "}")
        .doTest();
  }

  @Test
  void silentWhenARestrictedOperationNeedsIt() {
    helper(
        "final class Frames {",
        "  @Unsafe static MemorySegment header(MemorySegment address) {",
        "    // SAFETY: the driver hands over frames with a 16-byte header",
        "    return address.reinterpret(16);",
        "  }",
        "  @Unsafe static java.util.function.Function<MemorySegment, MemorySegment> views() {",
        "    // SAFETY: every address the driver hands over has a 16-byte header",
        "    return a -> a.reinterpret(16);",
        "  }",
        "  @Unsafe static java.util.function.BiFunction<MemorySegment, Long, MemorySegment> resize() {",
        "    // SAFETY: callers pass the lengths the driver reported",
        "    return MemorySegment::reinterpret;",
        "  }",
        "}",
        "@Unsafe final class Natives {",
        "  // SAFETY: libframes is built from our sources and shipped with the application",
        "  static { System.loadLibrary(\"frames\"); }",
        "  static long length(MemorySegment frame) { return frame.byteSize(); }",
        "}",
        "final class Quiet {",
        "  @SuppressWarnings(\"X0002\") @Unsafe static long a(MemorySegment f) { return f.byteSize(); }",
        "  @SuppressWarnings(\"unsafe:X0002\") @Unsafe static long b(MemorySegment f) { return f.byteSize(); }",
        "  @SuppressWarnings(\"unsafe\") @Unsafe static long c(MemorySegment f) { return f.byteSize(); }",
        "  static long unmarked(MemorySegment f) { return f.byteSize(); }",
        "}")
        .doTest();
  }
}
