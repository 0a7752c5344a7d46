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

  /** A public class with public fields of several primitive kinds, a static and a final one. */
  public static final class Gauge {
    public static int created;
    public long count;
    public double level;
    public boolean on;
    public char unit = 'C';
    public final String id;

    public Gauge(String id) {
      this.id = id;
      created++;
    }

    public long add(long n) {
      count += n;
      return count;
    }

    public static Gauge named(String id) {
      return new Gauge(id);
    }
  }

  @Test
  void resolvedFieldAccessorsAreGeneratedClassesWithUnboxedAccess() {
    TypeInfo<Gauge> info = Reflect.of(Gauge.class);
    Gauge g = info.constructor(String.class).newInstance("boiler");
    FieldAccessor<Gauge> count = info.field("count");
    assertThat(count.getClass().getName()).startsWith("dev.patina.runtime.reflect.fallback.Field$");
    assertThat(info.field("count")).isSameAs(count);
    count.setLong(g, 41L);
    assertThat(count.getLong(g)).isEqualTo(41L);
    assertThat(count.get(g)).isEqualTo(41L);
    count.set(g, 42L);
    assertThat(g.count).isEqualTo(42L);
    info.field("level").setDouble(g, 0.5);
    assertThat(info.field("level").getDouble(g)).isEqualTo(0.5);
    info.field("on").setBoolean(g, true);
    assertThat(g.on).isTrue();
    assertThat(info.field("unit").getChar(g)).isEqualTo('C');
    int before = Gauge.created;
    info.field("created").setInt(null, before + 10);
    assertThat(info.field("created").getInt(null)).isEqualTo(before + 10);
    assertThat(info.field("id").get(g)).isEqualTo("boiler");
    assertThatThrownBy(() -> info.field("id").set(g, "x")).hasMessageContaining("final and cannot be set");
    assertThatThrownBy(() -> count.getInt(g)).hasMessageContaining("is a long, not an int");
    assertThatThrownBy(() -> count.set(g, 1)).hasMessageContaining("does not accept arguments (java.lang.Integer)");
    assertThatThrownBy(() -> info.field("missing")).hasMessageContaining("has no accessible field named 'missing'");
  }

  @Test
  void resolvedMethodAndConstructorInvokers() {
    TypeInfo<Gauge> info = Reflect.of(Gauge.class);
    Gauge g = new Gauge("attic");
    MethodInvoker<Gauge> add = info.method("add", long.class);
    assertThat(add.getClass().getName()).startsWith("dev.patina.runtime.reflect.fallback.Method$");
    assertThat(add.invokeLong(g, 5L)).isEqualTo(5L);
    assertThat(add.invoke(g, 5L)).isEqualTo(10L);
    assertThatThrownBy(() -> add.invokeInt(g, 1L)).hasMessageContaining("returns long, not int; use invoke or invokeLong");
    assertThatThrownBy(() -> add.invoke(g, 1)).hasMessageContaining("add does not accept arguments (java.lang.Integer)");
    assertThat(((Gauge) info.method("named", String.class).invoke(null, "cellar")).id).isEqualTo("cellar");
    // the generated accepts: null passes for a reference, not for a primitive; other types fail
    assertThat(((Gauge) info.method("named", String.class).invoke(null, new Object[] {null})).id).isNull();
    assertThatThrownBy(() -> add.invoke(g, new Object[] {null})).hasMessageContaining("does not accept arguments (null)");
    assertThatThrownBy(() -> info.method("named", String.class).invoke(null, 5))
        .hasMessageContaining("does not accept arguments (java.lang.Integer); it takes (java.lang.String)");
    assertThatThrownBy(() -> add.invoke(g, 1L, 2L)).hasMessageContaining("(java.lang.Long, java.lang.Long)");
    assertThatThrownBy(() -> info.method("add", int.class)).hasMessageContaining(
        "declares no accessible add(int); its accessible overloads take (long)");
    TypeInfo<String> strings = Reflect.of(String.class);
    assertThat(strings.method("length").invokeInt("patina")).isEqualTo(6);
    assertThat(strings.method("valueOf", int.class).invoke(null, 42)).isEqualTo("42");
    assertThat(strings.method("isEmpty").invokeBoolean("")).isTrue();
    TypeInfo<Point> points = Reflect.of(Point.class);
    Point p = points.constructor(int.class, int.class).newInstance(1, 2);
    points.method("translate", int.class, int.class).invoke(p, 1, 1);
    assertThat(p).isEqualTo(new Point(2, 3));
    assertThat(points.method("getX").invokeDouble(p)).isEqualTo(2.0);
    assertThatThrownBy(() -> Reflect.of(Runnable.class).construct()).hasMessageContaining(
        "cannot be constructed: an interface has no constructors");
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
