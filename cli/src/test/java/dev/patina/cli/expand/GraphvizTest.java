package dev.patina.cli.expand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Finding and running {@code dot}, with a stand-in script for Graphviz (the tests must not need
 * it): what it is called with, and that a failure leaves the previous picture in place.
 */
class GraphvizTest {
  @TempDir Path dir;

  /** A {@code dot} that writes its arguments to the -o file, or fails when the DOT file says "fail". */
  private Path fakeDot(Path bin) throws IOException {
    Files.createDirectories(bin);
    Path dot = bin.resolve("dot");
    Files.writeString(dot, """
        #!/bin/sh
        if grep -q fail "$4"; then echo "syntax error in line 1" >&2; exit 1; fi
        echo "$@" > "$3"
        """);
    Files.setPosixFilePermissions(dot, PosixFilePermissions.fromString("rwxr-xr-x"));
    return dot;
  }

  @Test
  void findsDotOnThePath() throws IOException {
    Path dot = fakeDot(dir.resolve("bin"));
    Files.createDirectories(dir.resolve("empty"));
    Files.createDirectories(dir.resolve("plain"));
    Files.writeString(dir.resolve("plain").resolve("dot"), "a dot that is not executable is no dot");
    String path = String.join(File.pathSeparator, "", dir.resolve("empty").toString(), dir.resolve("plain").toString(),
        dir.resolve("bin").toString());
    assertThat(Graphviz.onPath(path)).contains(new Graphviz(dot));
    assertThat(Graphviz.onPath(dir.resolve("empty") + File.pathSeparator + dir.resolve("plain"))).isEmpty();
    assertThat(Graphviz.onPath(null)).isEmpty();
  }

  @Test
  void drawsBesideTheDotFile() throws IOException {
    Graphviz gv = new Graphviz(fakeDot(dir.resolve("bin")));
    Path dotFile = dir.resolve("out").resolve("shop.Shop.sum.dot");
    AtomicFiles.write(dotFile, "digraph {}\n");
    Path svg = gv.render(dotFile, Graphviz.Format.SVG);
    assertThat(svg).isEqualTo(dir.resolve("out").resolve("shop.Shop.sum.svg"));
    assertThat(Files.readString(svg)).matches("-Tsvg -o .*/out/\\.shop\\.Shop\\.sum\\.svg.*\\.tmp .*/shop\\.Shop\\.sum\\.dot\n");
    assertThat(gv.render(dotFile, Graphviz.Format.PNG)).isEqualTo(dir.resolve("out").resolve("shop.Shop.sum.png"));
    assertThat(Graphviz.picture(dir.resolve("graph"), Graphviz.Format.PNG)).isEqualTo(dir.resolve("graph.png"));
    try (var files = Files.list(dir.resolve("out"))) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted())
          .containsExactly("shop.Shop.sum.dot", "shop.Shop.sum.png", "shop.Shop.sum.svg");
    }
  }

  @Test
  void aFailedDrawingLeavesTheOldPicture() throws IOException {
    Graphviz gv = new Graphviz(fakeDot(dir.resolve("bin")));
    Path dotFile = dir.resolve("g.dot");
    AtomicFiles.write(dir.resolve("g.svg"), "<svg>old</svg>");
    AtomicFiles.write(dotFile, "fail\n");
    assertThatThrownBy(() -> gv.render(dotFile, Graphviz.Format.SVG)).isInstanceOf(IOException.class)
        .hasMessageEndingWith("dot failed (exit 1): syntax error in line 1");
    assertThat(Files.readString(dir.resolve("g.svg"))).isEqualTo("<svg>old</svg>");
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted()).containsExactly("bin", "g.dot", "g.svg");
    }
  }

  @Test
  void atomicWritesMakeTheDirectoryAndReplace() throws IOException {
    Path target = dir.resolve("a").resolve("b").resolve("x.dot");
    AtomicFiles.write(target, "one");
    AtomicFiles.write(target, "two");
    assertThat(Files.readString(target)).isEqualTo("two");
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(target))).isEqualTo("rw-r--r--");
    assertThatThrownBy(() -> AtomicFiles.write(target, tmp -> {
      Files.writeString(tmp, "half");
      throw new IOException("the maker failed");
    })).hasMessage("the maker failed");
    assertThat(Files.readString(target)).isEqualTo("two");
    try (var files = Files.list(target.getParent())) {
      assertThat(files.toList()).containsExactly(target);
    }
  }
}
