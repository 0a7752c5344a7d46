package dev.patina.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code patina expand Class#method}, end to end: the real rewriter's plans, printed and drawn (a
 * stand-in script plays Graphviz, so the test does not need it). It needs {@code AsyncProcessor}
 * on the CLI's class path.
 */
class AsyncExpandTest {
  @TempDir Path dir;

  private static final String SHOP = """
      package shop;

      import static dev.patina.runtime.async.Await.await;
      import static dev.patina.runtime.async.Await.completed;

      import dev.patina.async.Async;
      import dev.patina.runtime.future.Future;
      import java.util.function.IntFunction;

      public class Shop {
        @Async
        Future<Integer> sum(Future<Integer> a, Future<Integer> b) {
          int x = await(a);
          int y = await(b);
          return completed(x + y);
        }

        @Async
        static Future<Integer> sum(IntFunction<Future<Integer>> prices, int n) {
          int total = 0;
          for (int i = 0; i < n; i++) {
            total = total + await(prices.apply(i));
          }
          return completed(total);
        }

        int sum() {
          return 0;
        }

        public static final class Till {
          @Async
          <T> Future<T> open(Future<T> first) {
            T v = await(first);
            return completed(v);
          }
        }
      }
      """;

  private Path sources() throws IOException {
    Path src = dir.resolve("src");
    Files.createDirectories(src);
    Files.writeString(src.resolve("Shop.java"), SHOP);
    return src;
  }

  /** A stand-in for Graphviz's dot: writes its -T argument to the -o file; fails when told to. */
  private Path fakeDot(boolean fails) throws IOException {
    Path dot = dir.resolve(fails ? "bad-dot" : "dot");
    Files.writeString(dot, fails ? "#!/bin/sh\necho 'syntax error' >&2\nexit 3\n" : "#!/bin/sh\necho \"$1\" > \"$3\"\n");
    Files.setPosixFilePermissions(dot, PosixFilePermissions.fromString("rwxr-xr-x"));
    return dot;
  }

  @Test
  void printsEveryAsyncOverloadsStatesAndWritesItsGraph() throws IOException {
    Path dot = dir.resolve("graphs").resolve("sum.dot");
    CliRun run = CliRun.of("expand", "--dot", dot.toString(), "--no-render", "shop.Shop#sum", sources().toString());
    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(run.err()).isEqualTo("note: shop.Shop#sum() is not @Async: it has no state machine\n");
    String out = run.out();
    // the two-future overload: lines and awaits as written above, what is live at each await
    assertThat(out).startsWith("Future<Integer> sum(Future<Integer>, Future<Integer>)\n"
        + "  method   shop.Shop#sum (Ldev/patina/runtime/future/Future;Ldev/patina/runtime/future/Future;)"
        + "Ldev/patina/runtime/future/Future;\n");
    assertThat(out).containsPattern("\n  machine  shop\\.Shop\\$\\S+\n  states   3, body from line 13\n");
    assertThat(out).containsPattern("\n0 +line 13  start of the body +a: Future -> \\S+ +-\n +b: Future -> \\S+\n")
        .containsPattern("\n1 +line 13  await a +b: Future -> \\S+ +-\n")
        .containsPattern("\n2 +line 14  await b +x: int -> \\S+ +-\n")
        .contains("edges\n  0 -> 1\n  1 -> 2\n  2 -> END\n");
    // the loop overload: the await inside `total + await(...)` leaves total on the stack
    assertThat(out).contains("\nFuture<Integer> sum(IntFunction<Future<Integer>>, int)\n")
        .contains("  states   2, body from line 20\n")
        .containsPattern("\n1 +line 22  await .+ +prices: IntFunction -> \\S+ +stack\\[0\\]: int -> \\S+\n"
            + " +n: int -> \\S+\n +i: int -> \\S+\n")
        .contains("edges\n  0 -> 1, END\n  1 -> 1, END\n");
    assertThat(out).endsWith("\ngraph\n  " + dot + "\n");
    String graph = Files.readString(dot);
    assertThat(graph).startsWith("// The state machine of shop.Shop#sum, drawn by `patina expand shop.Shop#sum`.\n")
        .contains("label=\"Future<Integer> sum(Future<Integer>, Future<Integer>)\\nshop.Shop$")
        .contains("p0_s1 [label=\"state 1\\nline 13: await a\\lb: Future → ")
        .contains("p0_s2 -> p0_end;").contains("p1_s1 -> p1_s1;").contains("p1_s0 -> p1_end;")
        .endsWith("}\n");
    try (var files = Files.list(dot.getParent())) {
      assertThat(files.toList()).containsExactly(dot);
    }
  }

  @Test
  void drawsWithGraphvizByDefaultAndInTheFormatsAsked() throws IOException {
    Path src = sources();
    Path dot = dir.resolve("sum.dot");
    CliRun svg = CliRun.of("expand", "--dot", dot.toString(), "--graphviz", fakeDot(false).toString(),
        "shop.Shop#sum", src.toString());
    assertThat(svg.exit()).as(svg.all()).isZero();
    assertThat(svg.out()).endsWith("\ngraph\n  " + dot + "\n  " + dir.resolve("sum.svg") + "\n");
    assertThat(Files.readString(dir.resolve("sum.svg"))).isEqualTo("-Tsvg\n");
    CliRun png = CliRun.of("expand", "--dot", dot.toString(), "--graphviz", fakeDot(false).toString(), "--png",
        "shop.Shop#sum", src.toString());
    assertThat(png.out()).endsWith("  " + dot + "\n  " + dir.resolve("sum.png") + "\n");
    assertThat(Files.readString(dir.resolve("sum.png"))).isEqualTo("-Tpng\n");
    CliRun failed = CliRun.of("expand", "--dot", dot.toString(), "--graphviz", fakeDot(true).toString(), "--svg",
        "shop.Shop#sum", src.toString());
    assertThat(failed.exit()).isEqualTo(1);
    assertThat(failed.err()).contains("patina expand: cannot draw " + dot + " as svg: ")
        .contains("failed (exit 3): syntax error");
    assertThat(Files.readString(dir.resolve("sum.svg"))).as("the last good drawing stays").isEqualTo("-Tsvg\n");
  }

  @Test
  void theDefaultGraphFileIsUnderTarget() throws IOException {
    Path expected = Path.of("target", "patina-expand", "shop.Shop.sum.dot");
    Files.deleteIfExists(expected);
    CliRun run = CliRun.of("expand", "--no-render", "Shop#sum", sources().toString());
    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(run.out()).endsWith("\ngraph\n  " + expected + "\n");
    assertThat(Files.readString(expected)).contains("digraph \"shop.Shop#sum\"");
  }

  @Test
  void aNestedClassByItsSimpleName() throws IOException {
    Path expected = Path.of("target", "patina-expand", "shop.Shop.Till.open.dot");
    CliRun run = CliRun.of("expand", "--no-render", "Till#open", sources().toString());
    assertThat(run.exit()).as(run.all()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out()).startsWith("<T> Future<T> open(Future<T>)\n")
        .contains("  method   shop.Shop.Till#open (Ldev/patina/runtime/future/Future;)")
        .containsPattern("\n  machine  shop\\.Shop\\$Till\\$\\S+\n")
        .containsPattern("\n1 +line 34  await first +")
        .endsWith("\ngraph\n  " + expected + "\n");
    assertThat(Files.readString(expected)).contains("digraph \"shop.Shop.Till#open\"");
  }

  @Test
  void aMethodTheRewriterRejectsIsACompileError() throws IOException {
    Files.writeString(dir.resolve("Locked.java"), """
        package shop;
        import static dev.patina.runtime.async.Await.await;
        import static dev.patina.runtime.async.Await.completed;
        import dev.patina.async.Async;
        import dev.patina.runtime.future.Future;
        class Locked {
          @Async
          Future<Integer> get(Future<Integer> f) {
            synchronized (this) {
              return completed(await(f));
            }
          }
        }
        """);
    CliRun run = CliRun.of("expand", "--no-render", "shop.Locked#get", dir.toString());
    assertThat(run.exit()).as(run.all()).isEqualTo(1);
    assertThat(run.err()).contains("Locked.java:9").contains("cannot rewrite @Async method get: `synchronized`")
        .contains("the sources do not compile");
    assertThat(run.out()).isEmpty();
  }
}
