package dev.patina.checkers.unsafe;

import com.google.errorprone.CompilationTestHelper;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every restricted operation of {@code docs/checkers/unsafe.md}, in the four places that matter:
 * outside {@code @Unsafe} (the first message), inside it without a {@code // SAFETY:} comment (the
 * second), and inside it with the comment on the line above or at the end of the statement
 * (silent).
 */
class RestrictedApisTest {

  /** The parameters every sample method has, so that each statement below compiles in any of them. */
  private static final String PARAMS =
      "MemorySegment seg, Arena arena, Linker linker, AddressLayout address, MethodHandle target,"
          + " FunctionDescriptor fd, ModuleLayer.Controller controller, Module module";

  static Stream<Arguments> operations() {
    return Stream.of(
        op("MemorySegment.reinterpret", "MemorySegment a = seg.reinterpret(16);"),
        op("MemorySegment.reinterpret", "MemorySegment a = seg.reinterpret(arena, s -> {});"),
        op("MemorySegment.reinterpret", "MemorySegment a = seg.reinterpret(16, arena, null);"),
        op("AddressLayout.withTargetLayout", "AddressLayout a = address.withTargetLayout(ValueLayout.JAVA_INT);"),
        op("Linker.nativeLinker", "Linker a = Linker.nativeLinker();"),
        op("Linker.downcallHandle", "MethodHandle a = linker.downcallHandle(seg, fd);"),
        op("Linker.downcallHandle", "MethodHandle a = linker.downcallHandle(fd);"),
        op("Linker.upcallStub", "MemorySegment a = linker.upcallStub(target, fd, arena);"),
        op("SymbolLookup.libraryLookup", "SymbolLookup a = SymbolLookup.libraryLookup(\"libc.so.6\", arena);"),
        op("SymbolLookup.libraryLookup", "SymbolLookup a = SymbolLookup.libraryLookup(Path.of(\"/lib/libc.so.6\"), arena);"),
        op("SymbolLookup.loaderLookup", "SymbolLookup a = SymbolLookup.loaderLookup();"),
        op("System.load", "System.load(\"/opt/lib/libcodec.so\");"),
        op("System.loadLibrary", "System.loadLibrary(\"codec\");"),
        op("Runtime.load", "Runtime.getRuntime().load(\"/opt/lib/libcodec.so\");"),
        op("Runtime.loadLibrary", "Runtime.getRuntime().loadLibrary(\"codec\");"),
        op("ModuleLayer.Controller.enableNativeAccess", "controller.enableNativeAccess(module);"),
        op("sun.misc.Unsafe.getLong", "long a = dev.patina.checkers.unsafe.UnsafeHolder.unsafe().getLong(0L);"),
        op("sun.misc.Unsafe.ADDRESS_SIZE", "int a = dev.patina.checkers.unsafe.UnsafeHolder.unsafe().ADDRESS_SIZE;"),
        op("sun.misc.Unsafe.theUnsafe (read by reflection)",
            "java.lang.reflect.Field a = dev.patina.checkers.unsafe.UnsafeHolder.unsafeClass().getDeclaredField(\"theUnsafe\");"),
        op("MemorySegment.reinterpret",
            "java.util.function.BiFunction<MemorySegment, Long, MemorySegment> a = MemorySegment::reinterpret;"));
  }

  private static Arguments op(String name, String statement) {
    return Arguments.of(name, statement);
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("operations")
  void firesOutsideAndWithoutSafetyAndIsSilentWithIt(String name, String statement) {
    CompilationTestHelper.newInstance(RestrictedOperationUse.class, getClass())
        .addSourceLines("Codec.java",
            "import dev.patina.ownership.Unsafe;",
            "import java.lang.foreign.*;",
            "import java.lang.invoke.MethodHandle;",
            "import java.nio.file.Path;",
            "class Codec {",
            "  void outside(" + PARAMS + ") throws Exception {",
            "    // BUG: Diagnostic contains: restricted operation `" + name + "` outside `@Unsafe`",
            "    " + statement,
            "  }",
            "  @Unsafe void undocumented(" + PARAMS + ") throws Exception {",
            "    // BUG: Diagnostic contains: `@Unsafe` use of `" + name + "` without a `// SAFETY:` comment",
            "    " + statement,
            "  }",
            "  @Unsafe void above(" + PARAMS + ") throws Exception {",
            "    // SAFETY: the caller hands in a segment of at least 16 bytes that its arena keeps alive",
            "    " + statement,
            "  }",
            "  @Unsafe void trailing(" + PARAMS + ") throws Exception {",
            "    " + statement + " // SAFETY: the codec library ships with the application and is trusted",
            "  }",
            "}")
        // sun.misc.Unsafe's memory methods are deprecated for removal: javac's warning is not tested here
        .setArgs("-Xlint:-removal")
        .doTest();
  }
}
