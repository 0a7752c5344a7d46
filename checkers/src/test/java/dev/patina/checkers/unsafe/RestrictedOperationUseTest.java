package dev.patina.checkers.unsafe;

import com.google.errorprone.CompilationTestHelper;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Where X0001 counts a use as inside {@code @Unsafe}, which comments count as its {@code //
 * SAFETY:} comment, and what stays silent. {@link RestrictedApisTest} covers each restricted API.
 */
class RestrictedOperationUseTest {

  private static final String OUTSIDE = "// BUG: Diagnostic contains: outside `@Unsafe`";
  private static final String UNDOCUMENTED = "// BUG: Diagnostic contains: without a `// SAFETY:` comment";

  private CompilationTestHelper helper(String... lines) {
    String[] all = new String[lines.length + 3];
    all[0] = "import dev.patina.ownership.Unsafe;";
    all[1] = "import java.lang.foreign.*;";
    all[2] = "import java.util.function.*;";
    System.arraycopy(lines, 0, all, 3, lines.length);
    return CompilationTestHelper.newInstance(RestrictedOperationUse.class, getClass()).addSourceLines("Header.java", all);
  }

  @Nested
  class WhereUnsafeCounts {

    @Test
    void anEnclosingUnsafeClassCoversItsMethodsConstructorsFieldsAndNestedClasses() {
      helper(
          "@Unsafe class Header {",
          "  // SAFETY: the header segment is 16 bytes long, allocated by its own arena",
          "  static final MemorySegment EMPTY = MemorySegment.NULL.reinterpret(16);",
          "  final MemorySegment view;",
          "  Header(MemorySegment raw) {",
          "    // SAFETY: raw points at a header the decoder validated, 16 bytes",
          "    this.view = raw.reinterpret(16);",
          "  }",
          "  long magic(MemorySegment raw) {",
          "    // SAFETY: a header is 16 bytes and starts with the 8-byte magic",
          "    return raw.reinterpret(16).get(ValueLayout.JAVA_LONG, 0);",
          "  }",
          "  static class Field {",
          "    MemorySegment at(MemorySegment raw) {",
          "      " + UNDOCUMENTED,
          "      return raw.reinterpret(4);",
          "    }",
          "  }",
          "}")
          .doTest();
    }

    @Test
    void anUnsafeConstructorCoversItsBody() {
      helper(
          "class Header {",
          "  final MemorySegment view;",
          "  @Unsafe Header(MemorySegment raw) {",
          "    // SAFETY: the decoder hands in a validated 16-byte header",
          "    this.view = raw.reinterpret(16);",
          "  }",
          "  Header(MemorySegment raw, long size) {",
          "    " + OUTSIDE,
          "    this.view = raw.reinterpret(size);",
          "  }",
          "}")
          .doTest();
    }

    @Test
    void lambdasAndAnonymousClassesInsideAnUnsafeMethodAreInsideIt() {
      helper(
          "class Header {",
          "  @Unsafe Function<MemorySegment, MemorySegment> views() {",
          "    return raw -> {",
          "      // SAFETY: every raw header the decoder passes on is 16 bytes",
          "      return raw.reinterpret(16);",
          "    };",
          "  }",
          "  @Unsafe Function<MemorySegment, MemorySegment> undocumentedLambda() {",
          "    " + UNDOCUMENTED,
          "    return raw -> raw.reinterpret(16);",
          "  }",
          "  @Unsafe Function<MemorySegment, MemorySegment> expressionLambda() {",
          "    // SAFETY: every raw header the decoder passes on is 16 bytes",
          "    return raw -> raw.reinterpret(16);",
          "  }",
          "  @Unsafe Function<MemorySegment, MemorySegment> anonymous() {",
          "    return new Function<>() {",
          "      @Override public MemorySegment apply(MemorySegment raw) {",
          "        // SAFETY: every raw header the decoder passes on is 16 bytes",
          "        return raw.reinterpret(16);",
          "      }",
          "    };",
          "  }",
          "  Function<MemorySegment, MemorySegment> notMarked() {",
          "    " + OUTSIDE,
          "    return raw -> raw.reinterpret(16);",
          "  }",
          "  Function<MemorySegment, MemorySegment> anonymousNotMarked() {",
          "    return new Function<>() {",
          "      @Override public MemorySegment apply(MemorySegment raw) {",
          "        // BUG: Diagnostic contains: mark `apply` `@Unsafe`",
          "        return raw.reinterpret(16);",
          "      }",
          "    };",
          "  }",
          "}")
          .doTest();
    }

    @Test
    void methodReferencesAreUses() {
      helper(
          "class Header {",
          "  BiFunction<MemorySegment, Long, MemorySegment> resize() {",
          "    " + OUTSIDE,
          "    return MemorySegment::reinterpret;",
          "  }",
          "  @Unsafe BiFunction<MemorySegment, Long, MemorySegment> undocumented() {",
          "    " + UNDOCUMENTED,
          "    return MemorySegment::reinterpret;",
          "  }",
          "  @Unsafe BiFunction<MemorySegment, Long, MemorySegment> documented() {",
          "    // SAFETY: callers pass sizes read from the validated header table",
          "    return MemorySegment::reinterpret;",
          "  }",
          "  Supplier<Linker> linker() {",
          "    " + OUTSIDE,
          "    return Linker::nativeLinker;",
          "  }",
          "}")
          .doTest();
    }

    @Test
    void staticImportsAndQualifiedNamesAreUses() {
      CompilationTestHelper.newInstance(RestrictedOperationUse.class, getClass())
          .addSourceLines("Codec.java",
              "import static java.lang.System.loadLibrary;",
              "import dev.patina.ownership.Unsafe;",
              "class Codec {",
              "  static {",
              "    // BUG: Diagnostic contains: restricted operation `System.loadLibrary` outside `@Unsafe`",
              "    loadLibrary(\"codec\");",
              "  }",
              "  @Unsafe static void load() {",
              "    // SAFETY: libcodec ships with the application, built from our own sources",
              "    loadLibrary(\"codec\");",
              "    // BUG: Diagnostic contains: `@Unsafe` use of `Linker.nativeLinker` without",
              "    java.lang.foreign.Linker.nativeLinker();",
              "  }",
              "}")
          .doTest();
    }

    @Test
    void theHelpNamesWhatToMark() {
      helper(
          "class Header {",
          "  // BUG: Diagnostic contains: mark class `Header` `@Unsafe`",
          "  static final MemorySegment EMPTY = MemorySegment.NULL.reinterpret(16);",
          "  MemorySegment view(MemorySegment raw) {",
          "    // BUG: Diagnostic contains: mark `view` `@Unsafe`",
          "    return raw.reinterpret(16);",
          "  }",
          "  Header(MemorySegment raw) {",
          "    // BUG: Diagnostic contains: mark the constructor `@Unsafe`",
          "    raw.reinterpret(16);",
          "  }",
          "}")
          .doTest();
    }
  }

  @Nested
  class WhatCountsAsASafetyComment {

    @Test
    void onTheLineAboveAtTheEndOrInsideAMultiLineStatement() {
      helper(
          "class Header {",
          "  @Unsafe long read(MemorySegment raw) {",
          "    // SAFETY: the decoder validated that a header is 16 bytes long",
          "    MemorySegment a = raw.reinterpret(16);",
          "    MemorySegment b = raw.reinterpret(16); // SAFETY: same header, same 16 bytes",
          "    /* SAFETY: a block comment works as well */ MemorySegment c = raw.reinterpret(16);",
          "    long magic = MemorySegment.ofAddress(raw.address())",
          "        // SAFETY: the address is the header's own, 16 bytes",
          "        .reinterpret(16)",
          "        .get(ValueLayout.JAVA_LONG, 0);",
          "    return magic + a.byteSize() + b.byteSize() + c.byteSize();",
          "  }",
          "}")
          .doTest();
    }

    @Test
    void aReasonMayGoOnOverSeveralLinesAndAnyCaseOfTheMarkerCounts() {
      helper(
          "class Header {",
          "  @Unsafe long read(MemorySegment raw) {",
          "    // SAFETY:",
          "    //   the decoder validated that a header is 16 bytes long,",
          "    //   and its arena outlives this call",
          "    MemorySegment a = raw.reinterpret(16);",
          "    // Safety: same header",
          "    MemorySegment b = raw.reinterpret(16);",
          "    /*",
          "     * SAFETY: a Javadoc-style block works too",
          "     */",
          "    @SuppressWarnings(\"unused\")",
          "    MemorySegment c = raw.reinterpret(16);",
          "    return a.byteSize() + b.byteSize() + c.byteSize();",
          "  }",
          "}")
          .doTest();
    }

    @Test
    void anEmptySafetyCommentDoesNotCount() {
      helper(
          "class Header {",
          "  @Unsafe void read(MemorySegment raw) {",
          "    // SAFETY:",
          "    raw.asSlice(0)",
          "        // BUG: Diagnostic contains: the `// SAFETY:` comment on line 6 gives no reason",
          "        .reinterpret(16);",
          "    // BUG: Diagnostic contains: gives no reason",
          "    raw.reinterpret(16); // SAFETY:   ",
          "    " + UNDOCUMENTED,
          "    /* SAFETY: */ raw.reinterpret(16);",
          "  }",
          "}")
          .doTest();
    }

    @Test
    void aCommentThatIsNotRightThereDoesNotCount() {
      helper(
          "class Header {",
          "  @Unsafe void read(MemorySegment raw) {",
          "    // SAFETY: this comment is separated from the statement by a blank line",
          "",
          "    " + UNDOCUMENTED,
          "    raw.reinterpret(16);",
          "    raw.byteSize(); // SAFETY: documents the statement on its own line, not the next",
          "    " + UNDOCUMENTED,
          "    raw.reinterpret(16);",
          "    " + UNDOCUMENTED,
          "    String s = \"// SAFETY: a string is not a comment\"; raw.reinterpret(16);",
          "    // NOTE: the word SAFETY: must start the comment",
          "    " + UNDOCUMENTED,
          "    raw.reinterpret(16);",
          "  }",
          "  // SAFETY: a comment above the method documents no statement in it",
          "  @Unsafe void whole(MemorySegment raw) {",
          "    " + UNDOCUMENTED,
          "    raw.reinterpret(16);",
          "  }",
          "}")
          .doTest();
    }

    @Test
    void oneCommentDocumentsOneStatement() {
      helper(
          "class Header {",
          "  @Unsafe void read(MemorySegment raw) {",
          "    // SAFETY: the decoder validated that a header is 16 bytes long",
          "    raw.reinterpret(16);",
          "    " + UNDOCUMENTED,
          "    raw.reinterpret(32);",
          "  }",
          "}")
          .doTest();
    }
  }

  @Nested
  class Silence {

    @Test
    void methodsNamedLikeRestrictedOnesOnOtherTypesAreNotRestricted() {
      helper(
          "class Header {",
          "  static final class Bits { Bits reinterpret(long size) { return this; } }",
          "  static final class Loader { static void load(String s) {} static void loadLibrary(String s) {} }",
          "  interface Layout { Layout withTargetLayout(Object o); }",
          "  void use(Bits bits, Layout layout, Class<?> type) throws Exception {",
          "    bits.reinterpret(16);",
          "    Loader.load(\"codec\");",
          "    Loader.loadLibrary(\"codec\");",
          "    layout.withTargetLayout(null);",
          "    Function<Long, Bits> f = bits::reinterpret;",
          "    type.getDeclaredField(\"count\");",
          "    MemorySegment.ofArray(new byte[16]).asSlice(4);",
          "    Runtime.getRuntime().availableProcessors();",
          "    System.getProperty(\"java.library.path\");",
          "  }",
          "}")
          .doTest();
    }

    @Test
    void suppressWarningsSilencesIt() {
      helper(
          "class Header {",
          "  @SuppressWarnings(\"X0001\") MemorySegment a(MemorySegment raw) { return raw.reinterpret(16); }",
          "  @SuppressWarnings(\"unsafe\") MemorySegment b(MemorySegment raw) { return raw.reinterpret(16); }",
          "  @SuppressWarnings(\"unsafe:X0001\") MemorySegment c(MemorySegment raw) { return raw.reinterpret(16); }",
          "  @SuppressWarnings(\"X0001\") @Unsafe MemorySegment d(MemorySegment raw) { return raw.reinterpret(16); }",
          "  @SuppressWarnings(\"ownership\") MemorySegment e(MemorySegment raw) {",
          "    " + OUTSIDE,
          "    return raw.reinterpret(16);",
          "  }",
          "}")
          .doTest();
    }
  }
}
