package dev.patina.checkers.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import dev.patina.checkers.testing.InProcessCompile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Users' own stub files ({@code -Astubs=a.astub:b.astub}) give library methods ownership modes,
 * the same way the bundled {@code jdk.astub} does for the JDK's collections.
 */
class StubFilesTest {

  /** A library method the user cannot annotate: it really keeps what it is given. */
  private static final String SOURCE = """
      import dev.patina.ownership.*;
      @Linear class Frame { @Consume void release() {} }
      class Library {
        static void keep(Frame f) {}
      }
      class UsesLibrary {
        void m() {
          Frame f = new Frame();
          Library.keep(f);
          f.release();
        }
      }
      """;

  @TempDir Path dir;

  @Test
  void withoutAStubTheParameterBorrows() throws IOException {
    InProcessCompile.Result r = InProcessCompile.run(SOURCE, new OwnershipChecker(), List.of());
    assertThat(InProcessCompile.messages(r)).noneMatch(m -> m.startsWith("[P"));
  }

  @Test
  void aUserStubMakesTheParameterOwning() throws IOException {
    Path stub = dir.resolve("library.astub");
    Files.writeString(stub, """
        import dev.patina.ownership.*;
        class Library {
          static void keep(@Owned Frame f);
        }
        """);
    InProcessCompile.Result r = InProcessCompile.run(SOURCE, new OwnershipChecker(), List.of("-Astubs=" + stub));
    assertThat(InProcessCompile.messages(r))
        .anySatisfy(m -> assertThat(m).startsWith("[P0382] use of moved value: `f`").contains("moved into `keep`"));
  }

  @Test
  void anUnreadableStubIsAClearErrorNotACrash() throws IOException {
    Path missing = dir.resolve("missing.astub");
    InProcessCompile.Result r = InProcessCompile.run(SOURCE, new OwnershipChecker(), List.of("-Astubs=" + missing));
    assertThat(r.thrown()).isNull();
    assertThat(InProcessCompile.messages(r))
        .anySatisfy(m -> assertThat(m).startsWith("[ownership.stubs]").contains("missing.astub"));
  }

  @Test
  void aStubWithSyntaxErrorsIsAClearErrorNotACrash() throws IOException {
    Path broken = dir.resolve("broken.astub");
    Files.writeString(broken, "class Library { static void keep(@Owned Frame f) ");
    InProcessCompile.Result r = InProcessCompile.run(SOURCE, new OwnershipChecker(), List.of("-Astubs=" + broken));
    assertThat(r.thrown()).isNull();
    assertThat(InProcessCompile.messages(r))
        .anySatisfy(m -> assertThat(m).startsWith("[ownership.stubs]").contains("broken.astub"));
  }

  @Test
  void anEmptyStubOrADirectoryIsAClearErrorNotACrash() throws IOException {
    Path empty = dir.resolve("empty.astub");
    Files.writeString(empty, "");
    for (Path bad : List.of(empty, dir)) {
      InProcessCompile.Result r = InProcessCompile.run(SOURCE, new OwnershipChecker(), List.of("-Astubs=" + bad));
      assertThat(r.thrown()).isNull();
      assertThat(r.systemErr()).doesNotContain("crashed");
      assertThat(InProcessCompile.messages(r)).noneMatch(m -> m.contains("crashed"));
    }
  }
}
