package dev.patina.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.patina.cli.diagnostic.MessageParser;
import dev.patina.cli.diagnostic.PatinaDiagnostic;
import dev.patina.cli.diagnostic.PatinaDiagnostic.Related;
import dev.patina.cli.diagnostic.Severity;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MessageParserTest {

  private static PatinaDiagnostic parse(String message) {
    return MessageParser.parse(Path.of("Demo.java"), 19, 10, 100, 101, Severity.ERROR, message);
  }

  @Test
  void parsesCodeHeadlineRelatedNotesAndHelp() {
    PatinaDiagnostic d = parse("""
        [P0382] use of moved value: `p`
          --> Demo.java:18:10: value moved into `give` here
          --> Demo.java:21:3: and here: twice
          note: it would be consumed by `close()`
          help: borrow `p` where it is moved""");
    assertThat(d.code()).isEqualTo("P0382");
    assertThat(d.headline()).isEqualTo("use of moved value: `p`");
    assertThat(d.related()).containsExactly(
        new Related("Demo.java", 18, 10, "value moved into `give` here"),
        new Related("Demo.java", 21, 3, "and here: twice"));
    assertThat(d.notes()).containsExactly("it would be consumed by `close()`");
    assertThat(d.helps()).containsExactly("borrow `p` where it is moved");
    assertThat(d.line()).isEqualTo(19);
    assertThat(d.startOffset()).isEqualTo(100);
  }

  @Test
  void acceptsAnyIndentationAndCrLf() {
    PatinaDiagnostic d = parse("[P1001] `r` leaks\r\n-->Demo.java:3:1: here\r\n\t\thelp:   close it\r\n");
    assertThat(d.code()).isEqualTo("P1001");
    assertThat(d.related()).containsExactly(new Related("Demo.java", 3, 1, "here"));
    assertThat(d.helps()).containsExactly("close it");
  }

  @Test
  void everyCheckersCodesAreCodes() {
    assertThat(parse("[T0001] cannot call `read()` on `f`").code()).isEqualTo("T0001");
    assertThat(parse("[P0382] use of moved value").code()).isEqualTo("P0382");
    assertThat(parse("[t0001] lower case is not a code").code()).isNull();
  }

  @Test
  void dottedKeysAreCodesButJavacLintWordsAreNot() {
    assertThat(parse("[ownership.internal] Patina failed").code()).isEqualTo("ownership.internal");
    PatinaDiagnostic lint = parse("[removal] Thread.stop() has been deprecated");
    assertThat(lint.code()).isNull();
    assertThat(lint.headline()).isEqualTo("[removal] Thread.stop() has been deprecated");
  }

  @Test
  void plainJavacMessagesKeepTheirDetailLinesAsNotes() {
    PatinaDiagnostic d = parse("cannot find symbol\n  symbol:   class Foo\n  location: class Demo");
    assertThat(d.code()).isNull();
    assertThat(d.headline()).isEqualTo("cannot find symbol");
    assertThat(d.notes()).containsExactly("symbol:   class Foo", "location: class Demo");
    assertThat(d.related()).isEmpty();
  }

  @Test
  void emptyAndNullMessagesDoNotThrow() {
    assertThat(parse("").headline()).isEmpty();
    assertThat(parse(null).headline()).isEmpty();
  }
}
