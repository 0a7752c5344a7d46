package dev.patina.examples.units.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A recursive-descent reader of one JSON document, for {@link Json#parse}. */
final class JsonParser {

  /** Deeper nesting than this is an error, not a stack overflow. */
  private static final int MAX_DEPTH = 512;

  private final String text;
  private int pos;
  private int depth;

  JsonParser(String text) {
    this.text = text;
  }

  Json document() throws JsonException {
    Json value = value();
    skipSpace();
    if (pos < text.length()) {
      throw error("unexpected `" + text.charAt(pos) + "` after the document's end");
    }
    return value;
  }

  private Json value() throws JsonException {
    skipSpace();
    if (pos >= text.length()) {
      throw error("unexpected end of input, expected a value");
    }
    char c = text.charAt(pos);
    return switch (c) {
      case '{' -> object();
      case '[' -> array();
      case '"' -> new Json.Str(string());
      case 't' -> literal("true", new Json.Bool(true));
      case 'f' -> literal("false", new Json.Bool(false));
      case 'n' -> literal("null", new Json.Null());
      default -> {
        if (c == '-' || (c >= '0' && c <= '9')) {
          yield number();
        }
        throw error("unexpected `" + c + "`, expected a value");
      }
    };
  }

  private Json object() throws JsonException {
    enter();
    pos++; // {
    Map<String, Json> members = new LinkedHashMap<>();
    skipSpace();
    if (peek() == '}') {
      pos++;
      depth--;
      return new Json.Obj(members);
    }
    while (true) {
      skipSpace();
      if (peek() != '"') {
        throw error("expected a member name in double quotes");
      }
      int at = pos;
      String name = string();
      skipSpace();
      expect(':');
      Json value = value();
      if (members.putIfAbsent(name, value) != null) {
        pos = at;
        throw error("duplicate member \"" + name + "\"");
      }
      skipSpace();
      if (peek() == ',') {
        pos++;
      } else if (peek() == '}') {
        pos++;
        depth--;
        return new Json.Obj(members);
      } else {
        throw error("expected `,` or `}` after a member");
      }
    }
  }

  private Json array() throws JsonException {
    enter();
    pos++; // [
    List<Json> elements = new ArrayList<>();
    skipSpace();
    if (peek() == ']') {
      pos++;
      depth--;
      return new Json.Arr(elements);
    }
    while (true) {
      elements.add(value());
      skipSpace();
      if (peek() == ',') {
        pos++;
      } else if (peek() == ']') {
        pos++;
        depth--;
        return new Json.Arr(elements);
      } else {
        throw error("expected `,` or `]` after an element");
      }
    }
  }

  private String string() throws JsonException {
    pos++; // "
    StringBuilder out = new StringBuilder();
    while (true) {
      if (pos >= text.length()) {
        throw error("unterminated string");
      }
      char c = text.charAt(pos++);
      if (c == '"') {
        return out.toString();
      }
      if (c < 0x20) {
        pos--;
        throw error("a control character in a string must be escaped");
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (pos >= text.length()) {
        throw error("unterminated escape");
      }
      char e = text.charAt(pos++);
      switch (e) {
        case '"', '\\', '/' -> out.append(e);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> {
          if (pos + 4 > text.length()) {
            throw error("a \\u escape needs four hex digits");
          }
          try {
            out.append((char) Integer.parseInt(text.substring(pos, pos + 4), 16));
          } catch (NumberFormatException ex) {
            throw error("a \\u escape needs four hex digits");
          }
          pos += 4;
        }
        default -> {
          pos--;
          throw error("unknown escape `\\" + e + "`");
        }
      }
    }
  }

  private Json number() throws JsonException {
    int start = pos;
    if (peek() == '-') {
      pos++;
    }
    if (peek() == '0') {
      pos++;
    } else if (isDigit(peek())) {
      digits();
    } else {
      throw error("a number needs a digit after `-`");
    }
    if (peek() == '.') {
      pos++;
      if (!isDigit(peek())) {
        throw error("a number needs a digit after `.`");
      }
      digits();
    }
    if (peek() == 'e' || peek() == 'E') {
      pos++;
      if (peek() == '+' || peek() == '-') {
        pos++;
      }
      if (!isDigit(peek())) {
        throw error("a number needs a digit in its exponent");
      }
      digits();
    }
    String literal = text.substring(start, pos);
    double value = Double.parseDouble(literal);
    if (!Double.isFinite(value)) {
      pos = start;
      throw error("the number " + literal + " is too large for a double");
    }
    return new Json.Num(value);
  }

  private Json literal(String word, Json value) throws JsonException {
    if (!text.startsWith(word, pos)) {
      throw error("unexpected `" + text.charAt(pos) + "`, expected a value");
    }
    pos += word.length();
    return value;
  }

  private void enter() throws JsonException {
    if (++depth > MAX_DEPTH) {
      throw error("nested deeper than " + MAX_DEPTH + " levels");
    }
  }

  private void digits() {
    while (isDigit(peek())) {
      pos++;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private char peek() {
    return pos < text.length() ? text.charAt(pos) : '\0';
  }

  private void expect(char c) throws JsonException {
    if (peek() != c) {
      throw error("expected `" + c + "`");
    }
    pos++;
  }

  private void skipSpace() {
    while (pos < text.length()) {
      char c = text.charAt(pos);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        return;
      }
      pos++;
    }
  }

  private JsonException error(String what) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < pos && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return new JsonException("JSON syntax error at line " + line + ", column " + column + ": " + what);
  }
}
