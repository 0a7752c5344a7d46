package dev.patina.examples.units.json;

import dev.patina.units.Unit;
import dev.patina.units.algebra.Scale;
import dev.patina.units.algebra.UnitOfMeasure;
import dev.patina.units.algebra.UnitSyntaxException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Records to JSON and back, with each quantity's unit written next to its value: a component
 * {@code @Unit("m") double range} becomes {@code "range": {"value": 812.4, "unit": "m"}}. The units
 * come from the components' {@code @Unit} type annotations, read by reflection (the annotation is
 * kept at run time); nothing is configured twice.
 *
 * <p>Reading checks every unit against the record's: a document that says {@code "km"} where the
 * record has {@code m} is refused with a {@link UnitMismatchException} naming the conversion,
 * rather than read as a number a thousand times too small. Units that are equal however they are
 * spelt ({@code N} and {@code kg*m/s^2}) are accepted. Components may be {@code double}, {@code
 * float}, {@code int}, {@code long} (with or without a unit), {@code boolean}, {@code String}, an
 * enum, or another record. Unknown and missing members are errors.
 */
public final class QuantityJson {

  private QuantityJson() {}

  /** {@code record} as indented JSON text. */
  public static String write(Record record) {
    return toJson(record).write();
  }

  /** {@code record} as a JSON object, one member per component in declaration order. */
  public static Json.Obj toJson(Record record) {
    Map<String, Json> members = new LinkedHashMap<>();
    for (RecordComponent c : record.getClass().getRecordComponents()) {
      Object value = accessor(c, record);
      Json json = plain(value, c);
      Unit unit = c.getAnnotatedType().getAnnotation(Unit.class);
      if (unit != null) {
        json = quantity(json, unit.value());
      }
      members.put(c.getName(), json);
    }
    return new Json.Obj(members);
  }

  /** Reads a record of {@code type} from JSON text. */
  public static <R extends Record> R read(String text, Class<R> type) throws JsonException {
    return fromJson(Json.parse(text), type);
  }

  /** Reads a record of {@code type} from a parsed JSON value, which must be an object. */
  public static <R extends Record> R fromJson(Json json, Class<R> type) throws JsonException {
    return record(json, type, type.getSimpleName());
  }

  private static Json.Obj quantity(Json value, String unit) {
    Map<String, Json> members = new LinkedHashMap<>();
    members.put("value", value);
    members.put("unit", new Json.Str(unit));
    return new Json.Obj(members);
  }

  private static Json plain(Object value, RecordComponent c) {
    return switch (value) {
      case null -> new Json.Null();
      case Double d -> finite(d, c);
      case Float f -> finite(f.doubleValue(), c);
      case Integer i -> new Json.Num(i);
      case Long l -> exactLong(l, c);
      case Boolean b -> new Json.Bool(b);
      case String s -> new Json.Str(s);
      case Enum<?> e -> new Json.Str(e.name());
      case Record r -> toJson(r);
      default -> throw new IllegalArgumentException("cannot write component " + c.getName() + " of "
          + c.getDeclaringRecord().getSimpleName() + ": its type " + c.getType().getName() + " has no JSON form here");
    };
  }

  private static Json finite(double d, RecordComponent c) {
    if (!Double.isFinite(d)) {
      throw new IllegalArgumentException("cannot write " + c.getDeclaringRecord().getSimpleName() + "." + c.getName()
          + " = " + d + ": JSON has no number for it");
    }
    return new Json.Num(d);
  }

  private static Json exactLong(long l, RecordComponent c) {
    if (Math.abs(l) > (1L << 53)) {
      throw new IllegalArgumentException("cannot write " + c.getDeclaringRecord().getSimpleName() + "." + c.getName()
          + " = " + l + ": a JSON number (a double) cannot hold it exactly");
    }
    return new Json.Num(l);
  }

  private static Object accessor(RecordComponent c, Record record) {
    try {
      c.getAccessor().setAccessible(true);
      return c.getAccessor().invoke(record);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + c.getName() + " of " + record.getClass().getName(), e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("the accessor " + c.getName() + "() of " + record.getClass().getName() + " threw", e.getCause());
    }
  }

  private static <R extends Record> R record(Json json, Class<R> type, String path) throws JsonException {
    if (!(json instanceof Json.Obj obj)) {
      throw new JsonException(path + ": expected an object for a " + type.getSimpleName() + ", found " + json.kind());
    }
    RecordComponent[] components = type.getRecordComponents();
    Set<String> unknown = new LinkedHashSet<>(obj.members().keySet());
    Object[] args = new Object[components.length];
    Class<?>[] types = new Class<?>[components.length];
    for (int i = 0; i < components.length; i++) {
      RecordComponent c = components[i];
      types[i] = c.getType();
      String field = path + "." + c.getName();
      Json member = obj.members().get(c.getName());
      if (member == null) {
        throw new JsonException(field + ": missing");
      }
      unknown.remove(c.getName());
      Unit unit = c.getAnnotatedType().getAnnotation(Unit.class);
      args[i] = unit == null ? value(member, c.getType(), field) : quantity(member, c.getType(), unit.value(), field);
    }
    if (!unknown.isEmpty()) {
      throw new JsonException(path + ": unknown member" + (unknown.size() > 1 ? "s " : " ") + String.join(", ", unknown)
          + "; a " + type.getSimpleName() + " has " + String.join(", ", names(components)));
    }
    try {
      Constructor<R> constructor = type.getDeclaredConstructor(types);
      constructor.setAccessible(true);
      return constructor.newInstance(args);
    } catch (InvocationTargetException e) {
      throw new JsonException(path + ": not a valid " + type.getSimpleName() + ": " + e.getCause().getMessage());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot construct a " + type.getName(), e);
    }
  }

  private static Object quantity(Json member, Class<?> type, String expected, String field) throws JsonException {
    if (!(member instanceof Json.Obj q) || !q.members().keySet().equals(Set.of("value", "unit"))) {
      throw new JsonException(field + ": expected a quantity {\"value\": number, \"unit\": \"" + expected + "\"}, found "
          + (member instanceof Json.Obj ? "an object with members " + String.join(", ", ((Json.Obj) member).members().keySet())
              : member.kind()));
    }
    if (!(q.members().get("unit") instanceof Json.Str(String found))) {
      throw new JsonException(field + ": the unit must be a string, found " + q.members().get("unit").kind());
    }
    checkUnit(field, expected, found);
    return value(q.members().get("value"), type, field);
  }

  /** Refuses {@code found} unless it is the same unit as {@code expected}, however spelt. */
  static void checkUnit(String field, String expected, String found) throws JsonException {
    UnitOfMeasure want;
    try {
      want = UnitOfMeasure.parse(expected);
    } catch (UnitSyntaxException e) {
      throw new IllegalStateException(field + ": the record declares a malformed unit: " + e.getMessage(), e);
    }
    UnitOfMeasure got;
    try {
      got = UnitOfMeasure.parse(found);
    } catch (UnitSyntaxException e) {
      throw new JsonException(field + ": expected a value in `" + expected + "`, found the unit `" + found
          + "`, which is not a unit: " + e.reason());
    }
    if (want.equals(got)) {
      return;
    }
    String head = field + ": expected a value in `" + expected + "`, found `" + found + "`";
    if (!want.sameDimension(got)) {
      throw new UnitMismatchException(field, expected, found, OptionalDouble.empty(), head
          + "; these are different dimensions (`" + got.dimension() + "` and `" + want.dimension()
          + "`), so no conversion can turn one into the other: the value belongs to another quantity");
    }
    Scale factor = got.factorTo(want);
    throw new UnitMismatchException(field, expected, found, OptionalDouble.of(factor.toDouble()), head
        + "; same dimension, different scale: convert it with Units.convert(value, \"" + found + "\", \""
        + expected + "\"), which multiplies by " + factor + ", before it is written");
  }

  private static Object value(Json member, Class<?> type, String field) throws JsonException {
    if (type == double.class || type == Double.class || type == float.class || type == Float.class) {
      double d = number(member, field);
      return type == float.class || type == Float.class ? (Object) (float) d : (Object) d;
    }
    if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
      double d = number(member, field);
      boolean isInt = type == int.class || type == Integer.class;
      if (d != Math.rint(d) || (isInt ? d != (int) d : Math.abs(d) > (1L << 53))) {
        throw new JsonException(field + ": expected " + (isInt ? "an int" : "a long") + ", found " + d);
      }
      return isInt ? (Object) (int) d : (Object) (long) d;
    }
    if (type == boolean.class || type == Boolean.class) {
      if (member instanceof Json.Bool(boolean b)) {
        return b;
      }
      throw new JsonException(field + ": expected a boolean, found " + member.kind());
    }
    if (type == String.class) {
      if (member instanceof Json.Str(String s)) {
        return s;
      }
      throw new JsonException(field + ": expected a string, found " + member.kind());
    }
    if (type.isEnum()) {
      return constant(member, type, field);
    }
    if (type.isRecord()) {
      return record(member, type.asSubclass(Record.class), field);
    }
    throw new JsonException(field + ": a " + type.getName() + " has no JSON form here");
  }

  private static Object constant(Json member, Class<?> type, String field) throws JsonException {
    if (member instanceof Json.Str(String name)) {
      for (Object constant : type.getEnumConstants()) {
        if (((Enum<?>) constant).name().equals(name)) {
          return constant;
        }
      }
    }
    throw new JsonException(field + ": expected one of " + java.util.Arrays.toString(type.getEnumConstants())
        + ", found " + (member instanceof Json.Str(String s) ? "\"" + s + "\"" : member.kind()));
  }

  private static double number(Json member, String field) throws JsonException {
    if (member instanceof Json.Num(double d)) {
      return d;
    }
    throw new JsonException(field + ": expected a number, found " + member.kind());
  }

  private static String[] names(RecordComponent[] components) {
    String[] names = new String[components.length];
    for (int i = 0; i < components.length; i++) {
      names[i] = components[i].getName();
    }
    return names;
  }
}
