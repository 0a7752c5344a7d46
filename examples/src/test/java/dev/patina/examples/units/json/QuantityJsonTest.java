package dev.patina.examples.units.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.patina.examples.units.Ballistics;
import dev.patina.examples.units.Flight;
import dev.patina.examples.units.Launch;
import dev.patina.units.Unit;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Quantities in JSON carry the unit of their record component: written from the {@code @Unit}
 * type annotations, checked when read back, and a wrong unit is refused with a message that says
 * which field, which units, and what conversion (if any) would fix it.
 */
class QuantityJsonTest {

  /** A record with a nested one, a unitless count, a string and an enum next to quantities. */
  enum Weather { CALM, WINDY }

  record Shot(String name, int attempt, Weather weather, Launch launch, @Unit("m") double range) {}

  record Reading(@Unit("N") double thrust) {}

  record Timed(@Unit("s") double flightTime) {}

  record Distance(@Unit("m") double range) {}

  private static Flight flight() {
    return new Ballistics(Launch.baseball(45, Launch.degrees(35)), 0.01).fly();
  }

  @Test
  void aFlightIsWrittenWithTheUnitOfEveryQuantity() {
    Flight f = new Flight(812.4, 4.5, 25.25, 27.0, 146.8, 93.75);
    assertThat(QuantityJson.write(f)).isEqualTo("""
        {
          "range": {
            "value": 812.4,
            "unit": "m"
          },
          "flightTime": {
            "value": 4.5,
            "unit": "s"
          },
          "apex": {
            "value": 25.25,
            "unit": "m"
          },
          "impactSpeed": {
            "value": 27,
            "unit": "m/s"
          },
          "launchEnergy": {
            "value": 146.8,
            "unit": "J"
          },
          "dragLoss": {
            "value": 93.75,
            "unit": "J"
          }
        }""");
  }

  @Test
  void aFlightReadsBackExactly() throws JsonException {
    Flight f = flight();
    assertThat(QuantityJson.read(QuantityJson.write(f), Flight.class)).isEqualTo(f);
  }

  @Test
  void nestedRecordsEnumsStringsAndPlainNumbersRoundTrip() throws JsonException {
    Shot shot = new Shot("home run \"#1\"\n", 3, Weather.WINDY, Launch.baseball(44.5, Launch.degrees(31)), 120.75);
    String json = QuantityJson.write(shot);
    assertThat(json).contains("\"attempt\": 3,").contains("\"weather\": \"WINDY\"")
        .contains("\"speed\": {\n      \"value\": 44.5,\n      \"unit\": \"m/s\"\n    }")
        .contains("\"name\": \"home run \\\"#1\\\"\\n\"");
    assertThat(QuantityJson.read(json, Shot.class)).isEqualTo(shot);
  }

  @Test
  void aUnitSpeltDifferentlyButEqualIsAccepted() throws JsonException {
    Reading r = QuantityJson.read("{\"thrust\": {\"value\": 12.5, \"unit\": \"kg*m/s^2\"}}", Reading.class);
    assertThat(r.thrust()).isEqualTo(12.5);
  }

  @Test
  void kilometresWhereTheRecordHasMetresNameTheConversion() {
    String json = "{\"range\": {\"value\": 0.8124, \"unit\": \"km\"}}";
    assertThatThrownBy(() -> QuantityJson.read(json, Distance.class))
        .isInstanceOfSatisfying(UnitMismatchException.class, e -> {
          assertThat(e.field()).isEqualTo("Distance.range");
          assertThat(e.expected()).isEqualTo("m");
          assertThat(e.found()).isEqualTo("km");
          assertThat(e.factor()).isEqualTo(OptionalDouble.of(1000));
        })
        .hasMessage("Distance.range: expected a value in `m`, found `km`; same dimension, different scale: convert it"
            + " with Units.convert(value, \"km\", \"m\"), which multiplies by 1000, before it is written");
  }

  @Test
  void aDifferentScaleInTheOtherDirectionNamesAFraction() {
    String json = "{\"flightTime\": {\"value\": 4510, \"unit\": \"ms\"}}";
    assertThatThrownBy(() -> QuantityJson.read(json, Timed.class))
        .isInstanceOf(UnitMismatchException.class)
        .hasMessageEndingWith("convert it with Units.convert(value, \"ms\", \"s\"), which multiplies by 1/1000, before it is written");
  }

  @Test
  void metresWhereTheRecordHasSecondsCannotBeConverted() {
    String json = "{\"flightTime\": {\"value\": 115.4, \"unit\": \"m\"}}";
    assertThatThrownBy(() -> QuantityJson.read(json, Timed.class))
        .isInstanceOfSatisfying(UnitMismatchException.class, e -> assertThat(e.factor()).isEmpty())
        .hasMessage("Timed.flightTime: expected a value in `s`, found `m`; these are different dimensions (`m` and `s`),"
            + " so no conversion can turn one into the other: the value belongs to another quantity");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', textBlock = """
      speed in km/h              | "speed": {"value": 162, "unit": "km/h"}        | Shot.launch.speed: expected a value in `m/s`, found `km/h`; same dimension, different scale: convert it with Units.convert(value, "km/h", "m/s"), which multiplies by 5/18
      mass in grams              | "mass": {"value": 145, "unit": "g"}            | Shot.launch.mass: expected a value in `kg`, found `g`; same dimension, different scale: convert it with Units.convert(value, "g", "kg"), which multiplies by 1/1000
      area in square millimetres | "area": {"value": 4300.8, "unit": "mm^2"}      | Shot.launch.area: expected a value in `m^2`, found `mm^2`; same dimension, different scale: convert it with Units.convert(value, "mm^2", "m^2"), which multiplies by 1/1000000
      elevation in seconds       | "elevation": {"value": 0.61, "unit": "s"}      | Shot.launch.elevation: expected a value in `rad`, found `s`; these are different dimensions (`s` and `rad`)
      density in g/m^3           | "airDensity": {"value": 1.2, "unit": "g/m^3"}  | Shot.launch.airDensity: expected a value in `kg/m^3`, found `g/m^3`; same dimension, different scale
      a malformed unit           | "height": {"value": 0, "unit": "m//s"}         | Shot.launch.height: expected a value in `m`, found the unit `m//s`, which is not a unit
      a bare number              | "height": 0                                    | Shot.launch.height: expected a quantity {"value": number, "unit": "m"}, found a number
      """)
  void aWrongQuantityInANestedRecordNamesItsPath(String what, String member, String message) {
    String name = member.substring(1, member.indexOf('"', 1));
    String good = QuantityJson.write(new Shot("s", 1, Weather.CALM, Launch.baseball(45, Launch.degrees(35)), 100));
    int at = good.indexOf("\"" + name + "\"");
    int end = good.indexOf('}', at) + 1; // a quantity's object holds no braces of its own
    String json = good.substring(0, at) + member + good.substring(end);
    assertThatThrownBy(() -> QuantityJson.read(json, Shot.class)).isInstanceOf(JsonException.class).hasMessageStartingWith(message);
  }

  @Test
  void missingAndUnknownMembersAreErrors() {
    assertThatThrownBy(() -> QuantityJson.read("{}", Distance.class)).hasMessage("Distance.range: missing");
    assertThatThrownBy(() -> QuantityJson.read("{\"range\": {\"value\": 1, \"unit\": \"m\"}, \"rnage\": 2}", Distance.class))
        .hasMessage("Distance: unknown member rnage; a Distance has range");
    assertThatThrownBy(() -> QuantityJson.read("[]", Distance.class))
        .hasMessage("Distance: expected an object for a Distance, found an array");
    assertThatThrownBy(() -> QuantityJson.read("{\"range\": {\"value\": \"1\", \"unit\": \"m\"}}", Distance.class))
        .hasMessage("Distance.range: expected a number, found a string");
  }

  @Test
  void aValueTheRecordRefusesIsAnErrorNamingTheRecord() {
    String json = QuantityJson.write(Launch.baseball(45, Launch.degrees(35))).replace("\"value\": 45,", "\"value\": -45,");
    assertThatThrownBy(() -> QuantityJson.read(json, Launch.class))
        .isInstanceOf(JsonException.class)
        .hasMessageStartingWith("Launch: not a valid Launch: a launch needs a positive speed");
  }

  @Test
  void aNonFiniteQuantityCannotBeWritten() {
    assertThatThrownBy(() -> QuantityJson.write(new Distance(Double.NaN)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("cannot write Distance.range = NaN: JSON has no number for it");
  }
}
