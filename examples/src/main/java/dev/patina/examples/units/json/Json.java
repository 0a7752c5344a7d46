package dev.patina.examples.units.json;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A JSON value (RFC 8259) and its text form: {@link #parse} reads a document, {@link #write}
 * prints one indented by two spaces. Numbers are {@code double}s, so integers beyond 2⁵³ lose
 * precision; that is all a quantity needs. Object members keep their order.
 */
public sealed interface Json {

  /** An object; members in document order, names unique. */
  record Obj(Map<String, Json> members) implements Json {
    public Obj {
      members = Collections.unmodifiableMap(new LinkedHashMap<>(members));
    }
  }

  /** An array. */
  record Arr(List<Json> elements) implements Json {
    public Arr {
      elements = List.copyOf(elements);
    }
  }

  /** A string. */
  record Str(String value) implements Json {}

  /** A number, which is finite: JSON has no NaN or infinity. */
  record Num(double value) implements Json {
    public Num {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("JSON has no number for " + value);
      }
    }
  }

  /** {@code true} or {@code false}. */
  record Bool(boolean value) implements Json {}

  /** {@code null}. */
  record Null() implements Json {}

  /** What kind of value this is, as an error message names it: "an object", "a number". */
  default String kind() {
    return switch (this) {
      case Obj o -> "an object";
      case Arr a -> "an array";
      case Str s -> "a string";
      case Num n -> "a number";
      case Bool b -> "a boolean";
      case Null n -> "null";
    };
  }

  /** Parses one JSON document; a syntax error names its line and column. */
  static Json parse(String text) throws JsonException {
    return new JsonParser(text).document();
  }

  /** This value as JSON text, indented by two spaces, without a trailing newline. */
  default String write() {
    StringBuilder out = new StringBuilder();
    write(this, out, "");
    return out.toString();
  }

  private static void write(Json value, StringBuilder out, String indent) {
    switch (value) {
      case Obj o -> {
        if (o.members().isEmpty()) {
          out.append("{}");
          return;
        }
        String inner = indent + "  ";
        out.append("{\n");
        List<Map.Entry<String, Json>> members = new ArrayList<>(o.members().entrySet());
        for (int i = 0; i < members.size(); i++) {
          out.append(inner);
          quote(members.get(i).getKey(), out);
          out.append(": ");
          write(members.get(i).getValue(), out, inner);
          out.append(i + 1 < members.size() ? ",\n" : "\n");
        }
        out.append(indent).append('}');
      }
      case Arr a -> {
        if (a.elements().isEmpty()) {
          out.append("[]");
          return;
        }
        String inner = indent + "  ";
        out.append("[\n");
        for (int i = 0; i < a.elements().size(); i++) {
          out.append(inner);
          write(a.elements().get(i), out, inner);
          out.append(i + 1 < a.elements().size() ? ",\n" : "\n");
        }
        out.append(indent).append(']');
      }
      case Str s -> quote(s.value(), out);
      case Num n -> out.append(number(n.value()));
      case Bool b -> out.append(b.value());
      case Null n -> out.append("null");
    }
  }

  /** The shortest text that reads back as exactly {@code d}: {@code 812.4}, {@code 3}, {@code 1.0E-9}. */
  private static String number(double d) {
    if (d == 0 && 1 / d < 0) {
      return "-0.0";
    }
    if (d == Math.rint(d) && Math.abs(d) < 1e15) {
      return Long.toString((long) d);
    }
    return Double.toString(d);
  }

  private static void quote(String s, StringBuilder out) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
