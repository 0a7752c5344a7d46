package dev.patina.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A strict little JSON reader for the tests: objects become maps, arrays lists, numbers longs.
 * Throws on anything malformed, which is the point — it checks the JSON format's output.
 */
final class MiniJson {

  private final String s;
  private int i;

  private MiniJson(String s) {
    this.s = s;
  }

  static Object parse(String text) {
    MiniJson p = new MiniJson(text);
    Object v = p.value();
    p.ws();
    if (p.i != text.length()) {
      throw new IllegalArgumentException("trailing text at " + p.i + ": " + text);
    }
    return v;
  }

  private Object value() {
    ws();
    char c = peek();
    if (c == '{') {
      return object();
    } else if (c == '[') {
      return array();
    } else if (c == '"') {
      return string();
    } else if (s.startsWith("null", i)) {
      i += 4;
      return null;
    } else if (s.startsWith("true", i) || s.startsWith("false", i)) {
      boolean t = s.startsWith("true", i);
      i += t ? 4 : 5;
      return t;
    }
    int start = i;
    while (i < s.length() && "-0123456789".indexOf(s.charAt(i)) >= 0) {
      i++;
    }
    if (start == i) {
      throw new IllegalArgumentException("unexpected `" + c + "` at " + i + ": " + s);
    }
    return Long.parseLong(s.substring(start, i));
  }

  private Map<String, Object> object() {
    Map<String, Object> m = new LinkedHashMap<>();
    expect('{');
    ws();
    if (peek() == '}') {
      i++;
      return m;
    }
    do {
      ws();
      String key = string();
      ws();
      expect(':');
      m.put(key, value());
      ws();
    } while (next() == ',');
    if (s.charAt(i - 1) != '}') {
      throw new IllegalArgumentException("object not closed at " + i + ": " + s);
    }
    return m;
  }

  private List<Object> array() {
    List<Object> l = new ArrayList<>();
    expect('[');
    ws();
    if (peek() == ']') {
      i++;
      return l;
    }
    do {
      l.add(value());
      ws();
    } while (next() == ',');
    if (s.charAt(i - 1) != ']') {
      throw new IllegalArgumentException("array not closed at " + i + ": " + s);
    }
    return l;
  }

  private String string() {
    expect('"');
    StringBuilder b = new StringBuilder();
    while (true) {
      char c = next();
      if (c == '"') {
        return b.toString();
      }
      if (c < 0x20) {
        throw new IllegalArgumentException("raw control character in a string: " + s);
      }
      if (c != '\\') {
        b.append(c);
        continue;
      }
      char e = next();
      switch (e) {
        case '"', '\\', '/' -> b.append(e);
        case 'n' -> b.append('\n');
        case 'r' -> b.append('\r');
        case 't' -> b.append('\t');
        case 'b' -> b.append('\b');
        case 'f' -> b.append('\f');
        case 'u' -> {
          b.append((char) Integer.parseInt(s.substring(i, i + 4), 16));
          i += 4;
        }
        default -> throw new IllegalArgumentException("bad escape \\" + e + ": " + s);
      }
    }
  }

  private void ws() {
    while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
  }

  private char peek() {
    if (i >= s.length()) {
      throw new IllegalArgumentException("unexpected end: " + s);
    }
    return s.charAt(i);
  }

  private char next() {
    char c = peek();
    i++;
    return c;
  }

  private void expect(char c) {
    if (next() != c) {
      throw new IllegalArgumentException("expected `" + c + "` at " + (i - 1) + ": " + s);
    }
  }
}
