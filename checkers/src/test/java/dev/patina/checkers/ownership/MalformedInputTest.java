package dev.patina.checkers.ownership;

import static org.assertj.core.api.Assertions.assertThat;

import dev.patina.checkers.testing.InProcessCompile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Compiles malformed or unusual sources in-process with javac and the {@link OwnershipChecker} as
 * annotation processor, and checks that the checker never breaks the compilation: javac returns
 * normally, no stack trace or exception text reaches a diagnostic, javac's own output or {@code
 * System.err}, and every diagnostic is an ordinary one — javac's own, or a Patina diagnostic with a
 * {@code P} code (never the checker's internal-failure report).
 */
class MalformedInputTest {

  /** Text that only a crash would put into the output. */
  private static final List<String> CRASH_MARKERS =
      // "Exception:" (as in a stack trace's first line), not a label such as "if `io()` throws `IOException`"
      List.of("Exception:", "Error:", "at org.checkerframework", "at dev.patina", "ownership.internal", "crashed");

  /** A Patina diagnostic, or the Checker Framework's note that javac's errors stopped the checking. */
  private static final Pattern ORDINARY_CHECKER_MESSAGE =
      Pattern.compile("^\\[(P\\d{4}|type\\.checking\\.not\\.run)\\].*", Pattern.DOTALL);

  private static final String MESSAGER = "proc.messager";

  /** One input: its source, and whether javac itself must reject it. */
  record Input(String source, boolean malformed) {}

  static Stream<Arguments> inputs() {
    List<Arguments> all = new ArrayList<>();
    // ---- syntax errors -------------------------------------------------------------------
    all.add(malformed("unterminated class body", """
        import dev.patina.ownership.*;
        @Linear
        class Unterminated {
          @Consume void close() {}
          void m() {
            Unterminated u = new Unterminated();
            u.close();
        """));
    all.add(malformed("missing expression in an initialiser", """
        import dev.patina.ownership.*;
        @Linear class Half { @Consume void close() {} }
        class UsesHalf {
          void m() {
            Half h = ;
            h.close();
            int x = (3 + ;
          }
        }
        """));
    all.add(malformed("statements outside any method", """
        import dev.patina.ownership.*;
        @Linear class Loose { @Consume void close() {} }
        Loose l = new Loose();
        l.close();
        """));
    all.add(malformed("broken lambda and switch", """
        import dev.patina.ownership.*;
        @Linear class Res { @Consume void close() {} }
        class BrokenShapes {
          void m(int k) {
            Res r = new Res();
            Runnable run = () -> { r.close() ;
            int v = switch (k) { case 1 -> ; default -> 0 };
          }
        }
        """));
    all.add(malformed("only garbage", "@@@ ??? class { } } ) ("));
    all.add(valid("an empty file", ""));

    // ---- references to missing classes ------------------------------------------------------
    all.add(malformed("a missing class used like a linear value", """
        import dev.patina.ownership.*;
        class UsesMissing {
          void m(@Owned Missing given) {
            Missing x = new Missing();
            x.close();
            give(x);
            Missing.make().close();
          }
          static void give(@Owned Missing m) {}
        }
        """));
    all.add(malformed("a misspelled ownership annotation", """
        import dev.patina.ownership.*;
        @Lineer
        class Misspelled {
          @Consumee void close() {}
          void m(@Ownd Misspelled other) { other.close(); }
        }
        """));
    all.add(malformed("a missing method on a linear value", """
        import dev.patina.ownership.*;
        @Linear class Known { @Consume void close() {} }
        class CallsNothing {
          void m() {
            Known k = new Known();
            k.nope();
            k.close(k.alsoNope());
            Known.staticNope(k);
          }
        }
        """));
    all.add(malformed("a missing type of an @Owned field", """
        import dev.patina.ownership.*;
        @Linear
        class HoldsMissing {
          @Owned Missing inner;
          HoldsMissing(@Owned Missing inner) { this.inner = inner; }
          @Consume void close() { inner.close(); }
        }
        """));

    // ---- annotations with wrong arguments or in wrong places --------------------------------
    all.add(malformed("@BorrowedFrom with no value", """
        import dev.patina.ownership.*;
        @Linear
        class Lender {
          @BorrowedFrom
          Lender self() { return this; }
          @Consume void close() {}
          void use() { Lender v = self(); v.close(); }
        }
        """));
    all.add(malformed("@BorrowedFrom with a value of the wrong type", """
        import dev.patina.ownership.*;
        @Linear
        class Lender2 {
          @BorrowedFrom(42)
          Lender2 self() { return this; }
          @BorrowedFrom({"this", "other"})
          Lender2 other(Lender2 other) { return other; }
        }
        """));
    all.add(valid("@BorrowedFrom naming no parameter", """
        import dev.patina.ownership.*;
        @Linear
        class Lender3 {
          @Consume void close() {}
          @BorrowedFrom("nobody")
          Lender3 pick(Lender3 a) { return a; }
          @BorrowedFrom("")
          Lender3 blank() { return this; }
          void use(Lender3 a) { pick(a).close(); blank(); }
        }
        """));
    all.add(valid("@Owned and @Mut on primitives, arrays and type arguments", """
        import dev.patina.ownership.*;
        import java.util.List;
        @Linear class Cell { @Consume void close() {} }
        class Primitives {
          @Owned int count;
          @Owned int twice(@Owned int x, @Mut long y, @Borrowed boolean z) {
            @Owned int local = x * 2;
            return local;
          }
          void arrays(@Owned Cell[] cells, List<@Owned Cell> list, @Owned Cell @Owned [] both) {
            @Owned Cell[] copy = cells;
            for (@Owned Cell c : list) { c.close(); }
          }
          @Owned String notTracked(@Owned String s) { return s; }
        }
        """));
    all.add(valid("contradicting modes on one parameter", """
        import dev.patina.ownership.*;
        @Linear class Both { @Consume void close() {} }
        class Contradicts {
          void m(@Owned @Borrowed @Mut Both b) { b.close(); }
          @Consume @Mut @BorrowedFrom("this") Both n() { return null; }
        }
        """));
    all.add(valid("@Consume on a static method", """
        import dev.patina.ownership.*;
        @Linear
        class StaticConsume {
          @Consume static void shut() {}
          @Consume static void shut(@Owned StaticConsume s) { s.close(); }
          @Consume void close() {}
          static void use() { shut(); StaticConsume.shut(); }
          void inst() { shut(); StaticConsume.shut(new StaticConsume()); }
        }
        """));
    all.add(malformed("@Consume on a field and a class", """
        import dev.patina.ownership.*;
        @Consume
        @Linear
        class FieldConsume {
          @Consume int count;
          @Consume FieldConsume self;
          @Consume void close() {}
        }
        """));
    all.add(malformed("@Linear on a method and a parameter", """
        import dev.patina.ownership.*;
        class WrongPlaces {
          @Linear void m(@Linear String s) {}
          @Affine int f;
        }
        """));

    // ---- markers on unusual kinds of types --------------------------------------------------
    all.add(valid("@Linear on an enum", """
        import dev.patina.ownership.*;
        @Linear
        enum Color {
          RED, GREEN { @Override int shade() { return 2; } };
          int shade() { return 1; }
          @Consume void close() {}
        }
        class UsesColor {
          int m(String name) {
            Color c = Color.RED;
            Color d = Color.valueOf(name);
            d.close();
            for (Color x : Color.values()) { x.shade(); }
            int s = switch (c) { case RED -> 1; case GREEN -> c.shade(); };
            switch (Color.GREEN) { case RED: break; default: s++; }
            return s + c.ordinal() + Color.GREEN.compareTo(Color.RED);
          }
        }
        """));
    all.add(valid("@Linear on a record", """
        import dev.patina.ownership.*;
        @Linear class Part { @Consume void close() {} }
        @Linear
        record Pair(Part left, int right) {
          Pair {
            if (right < 0) { throw new IllegalArgumentException(); }
          }
          @Consume void close() {}
          static Pair of(int r) { return new Pair(new Part(), r); }
        }
        class UsesPair {
          int m() {
            Pair p = Pair.of(1);
            int r = p.right();
            Part l = p.left();
            if (p instanceof Pair(Part a, int b) && b > 0) { r += b; }
            p.close();
            return r + (p.equals(null) ? 1 : 0) + p.hashCode();
          }
        }
        """));
    all.add(valid("@Linear on an interface, with a lambda and an anonymous class", """
        import dev.patina.ownership.*;
        @Linear
        @FunctionalInterface
        interface Task {
          void run();
          @Consume default void finish() {}
          static Task noop() { return () -> {}; }
        }
        class UsesTask {
          void m() {
            Task t = () -> System.out.println("x");
            t.run();
            t.finish();
            Task u = new Task() { public void run() {} };
            u.finish();
            Task.noop();
            Runnable r = Task.noop()::run;
          }
        }
        """));
    all.add(valid("@Linear on an annotation type", """
        import dev.patina.ownership.*;
        @Linear
        @interface Tag {
          int value() default 0;
          String[] names() default {};
        }
        @Tag(3)
        class Tagged {
          @Tag(names = {"a"}) Object f;
          @Tag int m(@Tag String s) { Tag t = Tagged.class.getAnnotation(Tag.class); return t == null ? 0 : t.value(); }
        }
        """));
    all.add(valid("@Linear on a generic class with recursive bounds and wildcards", """
        import dev.patina.ownership.*;
        import java.util.List;
        @Linear
        class GBox<T extends GBox<T>> implements Comparable<GBox<?>> {
          @Owned T inner;
          public int compareTo(GBox<?> o) { return 0; }
          <U extends GBox<U>> U pass(@Owned U u) { return u; }
          @Consume void close() { if (inner != null) { inner.close(); } }
          static <X extends GBox<X>> void use(@Owned X x, List<? extends GBox<?>> all, GBox raw) {
            X y = x.pass(x);
            y.close();
            for (GBox<?> g : all) { g.compareTo(raw); }
          }
        }
        final class Leaf extends GBox<Leaf> {}
        """));
    all.add(valid("@Linear and @Affine on the same class, and an @Affine subtype of a @Linear one", """
        import dev.patina.ownership.*;
        @Linear @Affine @NotSend
        class Both2 { @Consume void close() {} }
        @Affine
        class Sub2 extends Both2 {}
        class UsesBoth2 {
          void m() { Both2 b = new Sub2(); b.close(); Sub2 s = new Sub2(); }
        }
        """));
    all.add(malformed("a cyclic supertype", """
        import dev.patina.ownership.*;
        @Linear
        class CycleA extends CycleB { @Consume void close() {} }
        class CycleB extends CycleA {}
        class UsesCycle {
          void m() { CycleA a = new CycleA(); CycleB b = new CycleB(); a.close(); }
        }
        """));
    all.add(malformed("cyclic interfaces", """
        import dev.patina.ownership.*;
        @Linear
        interface CycI extends CycJ { @Consume void close(); }
        interface CycJ extends CycI {}
        class UsesCycI {
          void m(CycI i, @Owned CycJ j) { i.close(); j.close(); }
        }
        """));
    all.add(malformed("a missing supertype", """
        import dev.patina.ownership.*;
        @Linear
        class Orphan extends MissingBase implements MissingIface {
          @Consume void close() {}
        }
        class Orphan2 extends MissingBase {}
        class UsesOrphan {
          void m() {
            Orphan o = new Orphan();
            o.inherited();
            Orphan2 p = new Orphan2();
            Object x = p;
          }
        }
        """));
    all.add(malformed("a class extending its own type parameter", """
        import dev.patina.ownership.*;
        @Linear
        class SelfParam<T> extends T {
          void m() { SelfParam<String> s = new SelfParam<>(); }
        }
        """));
    all.add(malformed("duplicate classes and methods", """
        import dev.patina.ownership.*;
        @Linear class Dup { @Consume void close() {} }
        @Affine class Dup { void close() {} }
        class UsesDup {
          void m() { Dup d = new Dup(); d.close(); }
          void m() { Dup d = new Dup(); }
        }
        """));
    all.add(malformed("a lambda without a target type", """
        import dev.patina.ownership.*;
        @Linear class NoTarget { @Consume void close() {} }
        class UsesNoTarget {
          void m() {
            var f = () -> new NoTarget();
            var g = NoTarget::close;
            Object h = () -> new NoTarget();
          }
        }
        """));

    // ---- very deep nesting ------------------------------------------------------------------
    all.add(valid("deeply nested expressions", deepExpressions()));
    all.add(valid("deeply nested statements", deepStatements()));
    all.add(valid("deeply nested lambdas and classes", deepLambdasAndClasses()));
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("inputs")
  void checkerSurvives(Input input) throws IOException {
    if (!input.malformed()) {
      // the control: javac alone compiles the input, so whatever goes wrong below is the checker's
      InProcessCompile.Result plain = InProcessCompile.run(input.source(), null, List.of());
      assertThat(plain.thrown()).as("javac alone must compile the input").isNull();
      assertThat(plain.diagnostics())
          .as("javac alone must accept the input")
          .extracting(MalformedInputTest::describe)
          .noneMatch(d -> d.startsWith("ERROR"));
    }
    InProcessCompile.Result result = InProcessCompile.run(input.source(), new OwnershipChecker(), List.of());

    assertThat(result.thrown()).as("javac must return normally").isNull();
    for (String marker : CRASH_MARKERS) {
      assertThat(result.javacOutput()).as("javac's own output").doesNotContain(marker);
      assertThat(result.systemErr()).as("System.err").doesNotContain(marker);
      for (Diagnostic<? extends JavaFileObject> d : result.diagnostics()) {
        assertThat(message(d)).as("diagnostic %s", describe(d)).doesNotContain(marker);
      }
    }
    for (Diagnostic<? extends JavaFileObject> d : result.diagnostics()) {
      String code = String.valueOf(d.getCode());
      if (code.endsWith(MESSAGER)) {
        assertThat(message(d))
            .as("a message of the checker must be a Patina diagnostic: %s", describe(d))
            .matches(ORDINARY_CHECKER_MESSAGE);
      } else {
        assertThat(code).as("an ordinary javac diagnostic: %s", describe(d)).startsWith("compiler.");
      }
    }
    List<Diagnostic<? extends JavaFileObject>> javacErrors = result.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.ERROR)
        .filter(d -> !String.valueOf(d.getCode()).endsWith(MESSAGER))
        .toList();
    if (input.malformed()) {
      assertThat(javacErrors).as("the input is malformed: javac itself rejects it").isNotEmpty();
    } else {
      assertThat(javacErrors)
          .as("the input is valid Java: only the checker may complain")
          .extracting(MalformedInputTest::describe)
          .isEmpty();
    }
  }

  /** The harness itself: the checker really runs on these in-process compilations. */
  @Test
  void checkerRunsInThisHarness() throws IOException {
    InProcessCompile.Result result = InProcessCompile.run("""
        import dev.patina.ownership.*;
        @Linear class Probe { @Consume void close() {} }
        class UsesProbe {
          void m() { Probe p = new Probe(); }
        }
        """, new OwnershipChecker(), List.of());
    assertThat(result.thrown()).isNull();
    assertThat(result.diagnostics())
        .extracting(MalformedInputTest::message)
        .anySatisfy(m -> assertThat(m).startsWith("[P1001]"));
  }

  // ---- compiling -------------------------------------------------------------------------

  private static String message(Diagnostic<? extends JavaFileObject> d) {
    return String.valueOf(d.getMessage(Locale.ROOT));
  }

  private static String describe(Diagnostic<? extends JavaFileObject> d) {
    return d.getKind() + " " + d.getCode() + " at line " + d.getLineNumber() + ": " + message(d);
  }

  private static Arguments malformed(String name, String source) {
    return Arguments.of(Named.of(name, new Input(source, true)));
  }

  private static Arguments valid(String name, String source) {
    return Arguments.of(Named.of(name, new Input(source, false)));
  }

  // ---- generated deep inputs -------------------------------------------------------------

  private static final String DEEP_HEADER = """
      import dev.patina.ownership.*;
      import java.util.function.*;
      @Linear class Deep { int read() { return 1; } @Consume void close() {} }
      """;

  /** Parentheses, casts, ternaries, && chains and + chains, hundreds deep, around linear values. */
  private static String deepExpressions() {
    StringBuilder s = new StringBuilder(DEEP_HEADER).append("class DeepExpressions {\n");
    s.append("  static int peek(Deep d) { return d.read(); }\n");
    s.append("  static void give(@Owned Deep d) { d.close(); }\n");
    s.append("  int m(boolean b) {\n    Deep d = new Deep();\n");
    s.append("    int x = peek(").append("(".repeat(300)).append("d").append(")".repeat(300)).append(");\n");
    s.append("    int y = peek(").append("((Deep) ".repeat(200)).append("d").append(")".repeat(200)).append(");\n");
    s.append("    Deep e = ").append("b ? d : ".repeat(150)).append("d;\n");
    s.append("    boolean all = ").append("e.read() > 0 && ".repeat(1000)).append("true;\n");
    s.append("    int sum = ").append("e.read() + ".repeat(1200)).append("0;\n");
    s.append("    give(e);\n    return x + y + sum + (all ? 1 : 0);\n  }\n}\n");
    return s.toString();
  }

  /** Nested ifs, loops, blocks, try statements and switches around a linear value. */
  private static String deepStatements() {
    StringBuilder s = new StringBuilder(DEEP_HEADER).append("class DeepStatements {\n");
    s.append("  void m(int k) {\n    Deep d = new Deep();\n");
    int depth = 120;
    for (int i = 0; i < depth; i++) {
      switch (i % 5) {
        case 0 -> s.append("if (k > ").append(i).append(") {\n");
        case 1 -> s.append("for (int i").append(i).append(" = 0; i").append(i).append(" < k; i").append(i).append("++) {\n");
        case 2 -> s.append("try {\n");
        case 3 -> s.append("switch (k) { default -> {\n");
        default -> s.append("{\n");
      }
    }
    s.append("d.read();\n");
    for (int i = depth - 1; i >= 0; i--) {
      switch (i % 5) {
        case 2 -> s.append("} finally { k++; }\n");
        case 3 -> s.append("} }\n");
        default -> s.append("}\n");
      }
    }
    s.append("    d.close();\n  }\n}\n");
    return s.toString();
  }

  /** Lambdas returning lambdas, and classes inside classes, each level touching a linear value. */
  private static String deepLambdasAndClasses() {
    StringBuilder s = new StringBuilder(DEEP_HEADER).append("class DeepLambdas {\n");
    int lambdas = 40;
    s.append("  interface F { Object get(); }\n");
    s.append("  Object m() {\n    Deep d = new Deep();\n    F f = ");
    for (int i = 0; i < lambdas; i++) {
      s.append("() -> { int v").append(i).append(" = d.read(); return (F) ");
    }
    s.append("() -> d.read()");
    for (int i = 0; i < lambdas; i++) {
      s.append("; }");
    }
    s.append(";\n    d.close();\n    return f;\n  }\n");
    int classes = 25;
    for (int i = 0; i < classes; i++) {
      s.append("class Inner").append(i).append(" {\n  void m").append(i)
          .append("() { Deep d = new Deep(); Runnable r = () -> d.read(); r.run(); d.close(); }\n");
    }
    s.append("}\n".repeat(classes));
    s.append("}\n");
    return s.toString();
  }
}
