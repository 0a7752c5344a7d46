package dev.patina.units.algebra;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitSyntaxTest {

  /** Each row: expression | offset | length | a fragment of the reason. */
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
      "mph | 0 | 3 | unknown unit `mph`",
      "m/sec | 2 | 3 | write `s`",
      "kmin | 0 | 4 | takes no prefix `k`",
      "Kim | 0 | 3 | binary prefix `Ki` applies only to `bit` and `B`",
      "m/ | 1 | 1 | `/` needs a unit after it",
      "m* | 1 | 1 | `*` needs a unit after it",
      "m^ | 1 | 1 | `^` needs an integer exponent",
      "m^x | 2 | 1 | exponent must be an integer, not `x`",
      "m^1.5 | 2 | 3 | exponent must be an integer, not `1.5`", "m 2 | 2 | 1 | expected `*` or `/` before `2`",
      "(m/s | 0 | 1 | unclosed `(`",
      "m/s) | 3 | 1 | unmatched `)`",
      "m s | 2 | 1 | expected `*` or `/` before `s`",
      "m+s | 1 | 1 | unexpected character `+`",
      "7*m | 0 | 1 | the factor `7` is not supported",
      "0 | 0 | 1 | `0` is not a unit factor",
      "m^99999 | 2 | 5 | too large",
      "\"\" | 0 | 0 | empty unit expression",
      "\"   \" | 0 | 3 | empty unit expression",
      "-m | 0 | 1 | cannot be negative",
      "() | 0 | 2 | empty parentheses",
      "kg*m/s^2/Ω | 9 | 1 | write `Ohm`",
      "°C | 0 | 2 | unknown unit `°C`",
      "m^(-2 | 2 | 1 | unclosed `(` in the exponent"})
  void errorsPointAtTheBadToken(String expression, int offset, int length, String reason) {
    UnitSyntaxException e = catchThrowableOfType(UnitSyntaxException.class, () -> UnitOfMeasure.parse(expression));
    assertThat(e).as(expression).isNotNull();
    assertThat(e.reason()).contains(reason);
    assertThat(e.offset()).as("offset of " + expression).isEqualTo(offset);
    assertThat(e.length()).as("length of " + expression).isEqualTo(length);
    assertThat(e.expression()).isEqualTo(expression);
    assertThat(e).isInstanceOf(IllegalArgumentException.class);
  }
}
