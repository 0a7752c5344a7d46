package dev.patina.examples.typestate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.patina.examples.typestate.iterator.CsvSummary;
import dev.patina.examples.typestate.iterator.FieldCursor;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The CSV field cursor at run time: RFC 4180 fields, and next() only after hasNext(). */
class FieldCursorTest {

  /** A CSV line and its fields, as RFC 4180 reads them. */
  static Stream<Arguments> lines() {
    return Stream.of(
        Arguments.of("a,b,c", List.of("a", "b", "c")),
        Arguments.of("", List.of("")),
        Arguments.of("a,,c,", List.of("a", "", "c", "")),
        Arguments.of("\"x, y\",z", List.of("x, y", "z")),
        Arguments.of("\"say \"\"hi\"\"\",1", List.of("say \"hi\"", "1")),
        Arguments.of("\"\"", List.of("")),
        Arguments.of(",", List.of("", "")));
  }

  @ParameterizedTest(name = "[{0}]")
  @MethodSource("lines")
  void fieldsFollowRfc4180(String line, List<String> fields) {
    assertThat(CsvSummary.fields(line)).isEqualTo(fields);
  }

  @Test
  void peekShowsTheFieldWithoutTakingIt() {
    FieldCursor cursor = new FieldCursor("one,two");
    if (!cursor.hasNext()) {
      throw new AssertionError("no first field");
    }
    assertThat(cursor.peek()).isEqualTo("one");
    if (!cursor.hasNext()) { // asking again is harmless
      throw new AssertionError("the first field went away");
    }
    assertThat(cursor.next()).isEqualTo("one");
    assertThat(CsvSummary.field("one,two", 1, "?")).isEqualTo("two");
    assertThat(CsvSummary.field("one,two", 2, "?")).isEqualTo("?");
  }

  @Test
  void malformedQuotingIsAnError() {
    assertThatThrownBy(() -> CsvSummary.fields("\"open")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unterminated quoted field starting at column 1: \"open");
    assertThatThrownBy(() -> CsvSummary.fields("a,\"b\"c")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("text after the closing quote at column 6: a,\"b\"c");
  }

  @Test
  @SuppressWarnings("typestate") // deliberately wrong: next() without hasNext(), and after false (T0001)
  void nextOutOfTurnThrowsAtRunTime() {
    FieldCursor cursor = new FieldCursor("only");
    assertThatThrownBy(cursor::next).isInstanceOf(NoSuchElementException.class).hasMessageContaining("call hasNext() before next()");
    assertThat(cursor.hasNext()).isTrue();
    cursor.next();
    assertThat(cursor.hasNext()).isFalse();
    assertThatThrownBy(cursor::next).isInstanceOf(NoSuchElementException.class).hasMessageContaining("no more fields");
  }

  @Test
  void theSummaryTotalsWeightPerDestination() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream old = System.out;
    System.setOut(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    try {
      CsvSummary.main(new String[0]);
    } finally {
      System.setOut(old);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8).lines().toList()).isEqualTo(List.of(
        "columns: [id, destination, weight_kg, note]",
        "Rotterdam: 1650 kg",
        "Antwerp, BE: 800 kg",
        "note of S-2: fragile, \"this side up\""));
  }
}
