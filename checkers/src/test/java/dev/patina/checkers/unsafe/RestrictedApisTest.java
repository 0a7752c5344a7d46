package dev.patina.checkers.unsafe;

import com.google.errorprone.CompilationTestHelper;
import java.util.List;
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

  private static final String MEMORY = "the JDK restricts it (JEP 454): it gives memory a size";
  private static final String FUNCTION = "the JDK restricts it (JEP 454): a function descriptor";
  private static final String LIBRARY = "the JDK restricts it (JEP 454, JEP 472): a loaded native library";
  private static final String ACCESS = "the JDK restricts it (JEP 454): it lets a module";
  private static final String ENTRY = "Patina restricts it with the JDK's restricted methods";
  private static final String SUN_MISC = "`sun.misc.Unsafe` reads and writes raw memory";
  private static final String HOLDER = "dev.patina.checkers.unsafe.UnsafeHolder";

  /** One restricted operation: its name in messages, a statement that uses it, and its note. */
  record Use(String name, String statement, String note) {}

  /** Every overload of every restricted operation; {@link JdkRestrictedMethodsTest} holds it to the JDK's list. */
  static final List<Use> USES = List.of(
      new Use("MemorySegment.reinterpret", "MemorySegment a = seg.reinterpret(16);", MEMORY),
      new Use("MemorySegment.reinterpret", "MemorySegment a = seg.reinterpret(arena, s -> {});", MEMORY),
      new Use("MemorySegment.reinterpret", "MemorySegment a = seg.reinterpret(16, arena, null);", MEMORY),
      new Use("AddressLayout.withTargetLayout", "AddressLayout a = address.withTargetLayout(ValueLayout.JAVA_INT);", MEMORY),
      new Use("Linker.nativeLinker", "Linker a = Linker.nativeLinker();", ENTRY),
      new Use("Linker.downcallHandle", "MethodHandle a = linker.downcallHandle(seg, fd);", FUNCTION),
      new Use("Linker.downcallHandle", "MethodHandle a = linker.downcallHandle(fd);", FUNCTION),
      new Use("Linker.upcallStub", "MemorySegment a = linker.upcallStub(target, fd, arena);", FUNCTION),
      new Use("SymbolLookup.libraryLookup", "SymbolLookup a = SymbolLookup.libraryLookup(\"libc.so.6\", arena);", LIBRARY),
      new Use("SymbolLookup.libraryLookup", "SymbolLookup a = SymbolLookup.libraryLookup(Path.of(\"/lib/libc.so.6\"), arena);", LIBRARY),
      new Use("SymbolLookup.loaderLookup", "SymbolLookup a = SymbolLookup.loaderLookup();", ENTRY),
      new Use("System.load", "System.load(\"/opt/lib/libcodec.so\");", LIBRARY),
      new Use("System.loadLibrary", "System.loadLibrary(\"codec\");", LIBRARY),
      new Use("Runtime.load", "Runtime.getRuntime().load(\"/opt/lib/libcodec.so\");", LIBRARY),
      new Use("Runtime.loadLibrary", "Runtime.getRuntime().loadLibrary(\"codec\");", LIBRARY),
      new Use("ModuleLayer.Controller.enableNativeAccess", "controller.enableNativeAccess(module);", ACCESS),
      new Use("sun.misc.Unsafe.getLong", "long a = " + HOLDER + ".unsafe().getLong(0L);", SUN_MISC),
      new Use("sun.misc.Unsafe.ADDRESS_SIZE", "int a = " + HOLDER + ".unsafe().ADDRESS_SIZE;", SUN_MISC),
      new Use("sun.misc.Unsafe.theUnsafe (read by reflection)",
          "java.lang.reflect.Field a = " + HOLDER + ".unsafeClass().getDeclaredField(\"theUnsafe\");", SUN_MISC),
      new Use("MemorySegment.reinterpret",
          "java.util.function.BiFunction<MemorySegment, Long, MemorySegment> a = MemorySegment::reinterpret;", MEMORY));

  static Stream<Arguments> operations() {
    return USES.stream().map(u -> Arguments.of(u.name(), u.statement(), u.note()));
  }

  @ParameterizedTest(name = "{1}")
  @MethodSource("operations")
  void firesOutsideAndWithoutSafetyAndIsSilentWithIt(String name, String statement, String note) {
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
            "    // BUG: Diagnostic matches: UNDOCUMENTED",
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
        .expectErrorMessage("UNDOCUMENTED",
            m -> m.contains("`@Unsafe` use of `" + name + "` without a `// SAFETY:` comment") && m.contains(note))
        .doTest();
  }
}
