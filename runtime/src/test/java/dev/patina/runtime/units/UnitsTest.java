package dev.patina.runtime.units;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitsTest {

  private static final Units.Conversion KM_TO_M = Units.conversion("km", "m");

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1.5 | km | m | 1500.0", "1500 | m | km | 1.5", "36 | km/h | m/s | 10.0", "2 | h | s | 7200.0",
      "1 | KiB | B | 1024.0", "1 | B | bit | 8.0", "1 | kN | kg*m/s^2 | 1000.0", "5 | ms | s | 0.005",
      "3 | m | m | 3.0", "1 | km^2 | m^2 | 1000000.0", "1 | kW*h | J | 3600000.0", "1 | um | nm | 1000.0"})
  void converts(double value, String from, String to, double expected) {
    assertThat(Units.convert(value, from, to)).isEqualTo(expected);
    assertThat(Units.conversion(from, to).apply(value)).isEqualTo(expected);
  }

  @Test
  void constantConversion() {
    assertThat(KM_TO_M.factor()).isEqualTo(1000.0);
    assertThat(KM_TO_M.apply(0.25)).isEqualTo(250.0);
    assertThat(KM_TO_M.inverse().apply(250.0)).isEqualTo(0.25);
    assertThat(KM_TO_M.from()).isEqualTo("km");
  }

  // The run-time checks below are for unit strings the compiler cannot see, read from data. Written
  // as literals, the units checker (which builds this module) rejects the same calls at compile
  // time (U0001, U0004), so the strings arrive here as test parameters, as they would from a file.

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "kg | s | cannot convert from `kg` to `s`: the dimensions differ (`kg` and `s`)",
      "m/s | m | cannot convert from `m/s` to `m`: the dimensions differ (`m/s` and `m`)"})
  void differentDimensionsAreRejected(String from, String to, String message) {
    assertThatThrownBy(() -> Units.convert(1, from, to))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
    assertThatThrownBy(() -> Units.conversion(from, to))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "mph | malformed unit `mph`: unknown unit `mph` (at offset 0)",
      "m/ | `/` needs a unit after it"})
  void malformedUnitsAreRejected(String unit, String message) {
    assertThatThrownBy(() -> Units.convert(1, unit, "m/s"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
    assertThatThrownBy(() -> Units.canonical(unit))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }

  @Test
  void aMissingUnitIsRejected() {
    assertThatThrownBy(() -> Units.sameUnit(null, "m")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void comparesUnitStringsFromData() {
    assertThat(Units.sameUnit("N", "kg*m/s^2")).isTrue();
    assertThat(Units.sameUnit("km", "m")).isFalse();
    assertThat(Units.sameUnit("m/s", "m / s")).isTrue();
    assertThat(Units.sameDimension("km/h", "m/s")).isTrue();
    assertThat(Units.sameDimension("kg", "s")).isFalse();
    assertThat(Units.canonical("N")).isEqualTo("kg*m/s^2");
    assertThat(Units.canonical("1000*m")).isEqualTo("km");
    assertThat(Units.isValid("m/s^2")).isTrue();
    assertThat(Units.isValid("m/s^")).isFalse();
    assertThat(Units.isValid(null)).isFalse();
  }
}
