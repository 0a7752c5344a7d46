package dev.patina.examples.units.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The small JSON reader and writer the quantity format stands on. */
class JsonTest {

  @Test
  void aDocumentParsesIntoValues() throws JsonException {
    Json json = Json.parse(" {\"a\": [1, -2.5e3, true, false, null], \"b\": \"x\\u00e9\\n\\\"\", \"c\": {}} ");
    assertThat(json).isEqualTo(new Json.Obj(Map.of(
        "a", new Json.Arr(List.of(new Json.Num(1), new Json.Num(-2500), new Json.Bool(true), new Json.Bool(false), new Json.Null())),
        "b", new Json.Str("xé\n\""),
        "c", new Json.Obj(Map.of()))));
  }

  /** 200 random doubles, among them negative zero, tiny and huge magnitudes. */
  static Stream<Double> doubles() {
    Random random = new Random(20261201L);
    return Stream.concat(Stream.of(0.0, -0.0, 1.0, 812.4, 1e-9, 123456789012345.0, 1e300, Double.MIN_VALUE),
        IntStream.range(0, 200).mapToObj(i -> Double.longBitsToDouble(random.nextLong())).filter(Double::isFinite));
  }

  @ParameterizedTest
  @MethodSource("doubles")
  void everyFiniteDoubleReadsBackExactly(double d) throws JsonException {
    Json.Num read = (Json.Num) Json.parse(new Json.Num(d).write());
    assertThat(Double.doubleToRawLongBits(read.value())).as(new Json.Num(d).write()).isEqualTo(Double.doubleToRawLongBits(d));
  }

  @Test
  void stringsWithControlCharactersAreEscapedAndReadBack() throws JsonException {
    String s = "tab\there \u0001 \\ \"quoted\" é ☃";
    String text = new Json.Str(s).write();
    assertThat(text).isEqualTo("\"tab\\there \\u0001 \\\\ \\\"quoted\\\" é ☃\"");
    assertThat(Json.parse(text)).isEqualTo(new Json.Str(s));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
      {"a": 1,}           | JSON syntax error at line 1, column 9: expected a member name in double quotes
      {"a": 1 "b": 2}     | JSON syntax error at line 1, column 9: expected `,` or `}` after a member
      [1, 2               | JSON syntax error at line 1, column 6: expected `,` or `]` after an element
      {"a": 01}           | JSON syntax error at line 1, column 8: expected `,` or `}` after a member
      {"a": -}            | JSON syntax error at line 1, column 8: a number needs a digit after `-`
      {"a": 1.}           | JSON syntax error at line 1, column 9: a number needs a digit after `.`
      {"a": nul}          | JSON syntax error at line 1, column 7: unexpected `n`, expected a value
      {"a": "x\\q"}       | JSON syntax error at line 1, column 10: unknown escape `\\q`
      {"a": 1, "a": 2}    | JSON syntax error at line 1, column 10: duplicate member "a"
      {"a": 1} x          | JSON syntax error at line 1, column 10: unexpected `x` after the document's end
      {"a": 1e999}        | JSON syntax error at line 1, column 7: the number 1e999 is too large for a double
      '"unterminated'     | JSON syntax error at line 1, column 14: unterminated string
      ''                  | JSON syntax error at line 1, column 1: unexpected end of input, expected a value
      """)
  void syntaxErrorsNameTheLineAndColumn(String text, String message) {
    assertThatThrownBy(() -> Json.parse(text)).isInstanceOf(JsonException.class).hasMessage(message);
  }

  @Test
  void theLineOfAnErrorCountsNewlines() {
    assertThatThrownBy(() -> Json.parse("{\n  \"a\": 1,\n  \"b\": tru\n}"))
        .hasMessage("JSON syntax error at line 3, column 8: unexpected `t`, expected a value");
  }

  @Test
  void deepNestingIsAnErrorNotAStackOverflow() {
    assertThatThrownBy(() -> Json.parse("[".repeat(100_000)))
        .isInstanceOf(JsonException.class)
        .hasMessageContaining("nested deeper than 512 levels");
  }

  @Test
  void nonFiniteNumbersHaveNoJsonForm() {
    assertThatThrownBy(() -> new Json.Num(Double.POSITIVE_INFINITY)).hasMessage("JSON has no number for Infinity");
  }
}
