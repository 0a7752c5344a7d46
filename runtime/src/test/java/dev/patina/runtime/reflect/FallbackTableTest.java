package dev.patina.runtime.reflect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Point;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** {@link Reflect#of} on types without a generated table: the ByteBuddy accessors. */
class FallbackTableTest {
  /** A record of this test's own, compiled without the processor. */
  public record Reading(String sensor, double celsius) {
    public Reading {
      if (sensor.isBlank()) {
        throw new IllegalArgumentException("blank sensor");
      }
    }

    public double fahrenheit() {
      return celsius * 9 / 5 + 32;
    }

    private String secret() {
      return "x";
    }
  }

  @Test
  void readsAndWritesPublicFieldsOfALibraryClass() {
    TypeInfo<Point> info = Reflect.of(Point.class);
    assertThat(Reflect.isGenerated(Point.class)).isFalse();
    Point p = info.construct(3, 4);
    assertThat(info.get(p, "x")).isEqualTo(3);
    info.set(p, "y", 10);
    assertThat(p.y).isEqualTo(10);
    assertThat(info.invoke(p, "getX")).isEqualTo(3.0);
    info.invoke(p, "translate", 1, 1);
    assertThat(p).isEqualTo(new Point(4, 11));
  }

  @Test
  void callsJdkMethodsAndListsMetadata() {
    TypeInfo<String> info = Reflect.of(String.class);
    assertThat(info.invoke("patina", "length")).isEqualTo(6);
    assertThat(info.invoke("patina", "substring", 1, 3)).isEqualTo("at");
    assertThat(info.invoke(null, "valueOf", 42)).isEqualTo("42");
    assertThat(info.type().kind()).isEqualTo(Kind.CLASS);
    assertThat(info.type().interfaces()).contains("java.lang.Comparable<java.lang.String>");
    assertThat(info.fields()).anyMatch(f -> f.name().equals("value") && !f.accessible());
    assertThat(Reflect.of(String.class)).isSameAs(info);
  }

  @Test
  void enumsAndRecords() {
    assertThat(Reflect.of(TimeUnit.class).enumConstants()).startsWith("NANOSECONDS", "MICROSECONDS");
    TypeInfo<Reading> info = Reflect.of(Reading.class);
    Reading r = info.fromComponents("boiler", 100.0);
    assertThat(r).isEqualTo(new Reading("boiler", 100.0));
    assertThat(info.invoke(r, "fahrenheit")).isEqualTo(212.0);
    assertThat(info.recordComponents()).extracting(Meta.Component::name).containsExactly("sensor", "celsius");
    assertThat(info.describe()).contains("record dev.patina.runtime.reflect.FallbackTableTest$Reading")
        .contains("private java.lang.String secret()   [not accessible]");
  }

  @Test
  void clearErrors() {
    TypeInfo<Reading> info = Reflect.of(Reading.class);
    Reading r = new Reading("a", 1);
    assertThatThrownBy(() -> info.invoke(r, "nope"))
        .isInstanceOf(ReflectionException.class).hasMessageContaining("has no accessible method named 'nope'");
    assertThatThrownBy(() -> info.invoke(r, "secret"))
        .hasMessageContaining("listed but not accessible");
    assertThatThrownBy(() -> info.fromComponents("a", "not a number"))
        .hasMessageContaining("does not accept arguments (java.lang.String, java.lang.String)");
    assertThatThrownBy(() -> info.fromComponents(" ", 1.0))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("blank sensor");
  }
}
