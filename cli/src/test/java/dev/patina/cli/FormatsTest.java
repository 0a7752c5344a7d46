package dev.patina.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.patina.cli.diagnostic.MessageParser;
import dev.patina.cli.diagnostic.PatinaDiagnostic;
import dev.patina.cli.diagnostic.Severity;
import dev.patina.cli.render.Format;
import dev.patina.cli.render.Json;
import dev.patina.cli.render.SourceLookup;
import dev.patina.cli.render.Style;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Golden renderings of the three layouts. */
class FormatsTest {

  private static final Path FILE = Path.of("src/Demo.java");
  private static final String SOURCE = String.join("\n",
      "import dev.patina.ownership.*;",
      "",
      "@Linear",
      "class Pen {",
      "  @Consume void close() {}",
      "}",
      "",
      "class Demo {",
      "  void run(@Owned Pen p) {",
      "    give(p);",
      "    look(p);",
      "    Pen q = new Pen(); give(q); q.close();",
      "  }",
      "}",
      "");
  private static final SourceLookup SOURCES = SourceLookup.of(Map.of(FILE, SOURCE));

  /** A diagnostic at the first occurrence of {@code at} on {@code line}, spanning {@code length}. */
  private static PatinaDiagnostic diag(int line, String at, int length, Severity severity, String message) {
    int lineStart = 0;
    for (int i = 1; i < line; i++) {
      lineStart = SOURCE.indexOf('\n', lineStart) + 1;
    }
    int start = SOURCE.indexOf(at, lineStart);
    return MessageParser.parse(FILE, line, start - lineStart + 1, start, start + length, severity, message);
  }

  private static final PatinaDiagnostic MOVED = diag(11, "p)", 1, Severity.ERROR, """
      [P0382] use of moved value: `p`
        --> Demo.java:10:10: value moved into `give` here
        help: borrow `p` where it is moved""");

  @Test
  void humanIsRustcLike() {
    assertThat(Format.HUMAN.create(SOURCES, Style.PLAIN).render(MOVED)).isEqualTo("""
        error[P0382]: use of moved value: `p`
          --> src/Demo.java:11:10
           |
        10 |     give(p);
           |          - value moved into `give` here
        11 |     look(p);
           |          ^
           |
           = help: borrow `p` where it is moved

        """);
  }

  @Test
  void humanHangsLabelsSkipsGapsAndUnderlinesSpans() {
    PatinaDiagnostic d = diag(12, "q.close()", 9, Severity.WARNING, """
        [P0382] use of moved value: `q`
          --> Demo.java:12:29: value moved into `give` here
          --> Demo.java:12:9: owned from here
          --> Demo.java:4:1: declared here
          --> Other.java:1:1: elsewhere
          note: it would be consumed by `close()`""");
    assertThat(Format.HUMAN.create(SOURCES, Style.PLAIN).render(d)).isEqualTo("""
        warning[P0382]: use of moved value: `q`
          --> src/Demo.java:12:33
           |
         4 | class Pen {
           | ----- declared here
        ...
        12 |     Pen q = new Pen(); give(q); q.close();
           |         -                   -   ^^^^^^^^^
           |         |                   |
           |         |                   value moved into `give` here
           |         |
           |         owned from here
           |
           = note: Other.java:1:1: elsewhere
           = note: it would be consumed by `close()`

        """);
  }

  @Test
  void humanUnderlinesTheNameOfADeclaration() {
    // javac positions a declaration on its name while its span covers `Pen q = new Pen();`
    int start = SOURCE.indexOf("Pen q");
    PatinaDiagnostic d = MessageParser.parse(FILE, 12, 9, start, start + 18, Severity.ERROR, "[P1001] `q` leaks");
    assertThat(Format.HUMAN.create(SOURCES, Style.PLAIN).render(d)).contains("""
        12 |     Pen q = new Pen(); give(q); q.close();
           |         ^
        """);
  }

  @Test
  void humanMapsJavacTabColumnsOntoCharacters() {
    // javac counts a tab to the next multiple of 8: `p` is at column 21, character 7
    Path file = Path.of("T.java");
    String text = "class T {\n\tvoid f() {\n\t\tuse(p);\n\t}\n}\n";
    int p = text.indexOf("p)");
    PatinaDiagnostic d = MessageParser.parse(
        file, 3, 21, p, p + 1, Severity.ERROR, "[P0382] moved\n  --> T.java:3:17: here");
    assertThat(Format.HUMAN.create(SourceLookup.of(Map.of(file, text)), Style.PLAIN).render(d)).isEqualTo("""
        error[P0382]: moved
         --> T.java:3:21
          |
        3 |         use(p);
          |         --- ^
          |         |
          |         here

        """);
  }

  @Test
  void humanShowsJavacErrorsWithoutCodeOrFile() {
    PatinaDiagnostic noFile = MessageParser.parse(null, 0, 0, -1, -1, Severity.ERROR, "invalid flag: -foo");
    assertThat(Format.HUMAN.create(SOURCES, Style.PLAIN).render(noFile)).isEqualTo("error: invalid flag: -foo\n\n");
  }

  @Test
  void humanColoursWhenAsked() {
    String text = Format.HUMAN.create(SOURCES, Style.ANSI).render(MOVED);
    assertThat(text).contains("\u001b[1;31merror[P0382]\u001b[0m").contains("\u001b[1;34m");
  }

  @Test
  void shortIsOneLine() {
    assertThat(Format.SHORT.create(SOURCES, Style.PLAIN).render(MOVED))
        .isEqualTo("src/Demo.java:11:10: error[P0382]: use of moved value: `p`\n");
    PatinaDiagnostic javac = diag(10, "give", 4, Severity.ERROR, "cannot find symbol\n  symbol: method give");
    assertThat(Format.SHORT.create(SOURCES, Style.PLAIN).render(javac))
        .isEqualTo("src/Demo.java:10:5: error: cannot find symbol\n");
  }

  @Test
  void jsonIsOneObjectPerLine() {
    assertThat(Format.JSON.create(SOURCES, Style.PLAIN).render(MOVED)).isEqualTo(
        "{\"file\":\"src/Demo.java\",\"line\":11,\"column\":10,\"code\":\"P0382\",\"severity\":\"error\","
            + "\"message\":\"use of moved value: `p`\","
            + "\"related\":[{\"file\":\"src/Demo.java\",\"line\":10,\"column\":10,\"label\":\"value moved into `give` here\"}],"
            + "\"notes\":[],\"help\":[\"borrow `p` where it is moved\"]}\n");
  }

  @Test
  void jsonEscapesStrings() {
    assertThat(Json.string("a\"b\\c\nd\te\u0001\u2028")).isEqualTo("\"a\\\"b\\\\c\\nd\\te\\u0001\\u2028\"");
    assertThat(Json.string(null)).isEqualTo("null");
    assertThat(MiniJson.parse(Json.string("x\"\\\r\n\u0000y"))).isEqualTo("x\"\\\r\n\u0000y");
  }
}
