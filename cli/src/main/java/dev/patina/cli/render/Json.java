package dev.patina.cli.render;

import java.util.List;

/** The few JSON pieces the JSON format needs; small enough not to warrant a dependency. */
public final class Json {

  private Json() {}

  /** A JSON string literal (RFC 8259): quotes, backslashes and control characters escaped. */
  public static String string(String s) {
    if (s == null) {
      return "null";
    }
    StringBuilder out = new StringBuilder(s.length() + 2).append('"');
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
          // U+2028/2029 are legal JSON but break JavaScript consumers that eval lines
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /** A JSON array of strings. */
  public static String strings(List<String> items) {
    return "[" + String.join(",", items.stream().map(Json::string).toList()) + "]";
  }
}
