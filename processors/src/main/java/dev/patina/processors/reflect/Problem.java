package dev.patina.processors.reflect;

import java.util.List;

/**
 * A diagnostic of the {@code @Reflect} processor, laid out as Patina's checkers lay theirs out: a
 * headline {@code [CODE] message}, then {@code   note: ...} and {@code   help: ...} lines, which
 * {@code ./patina check} renders like rustc and plain javac shows as they are.
 */
record Problem(String code, String message, List<String> notes, List<String> helps) {
  static final String INTERNAL = "reflect.internal";

  static Problem of(String code, String message, String help) {
    return new Problem(code, message, List.of(), List.of(help));
  }

  Problem note(String text) {
    return new Problem(code, message, append(notes, text), helps);
  }

  String render() {
    StringBuilder b = new StringBuilder("[").append(code).append("] ").append(message);
    notes.forEach(n -> b.append("\n  note: ").append(n));
    helps.forEach(h -> b.append("\n  help: ").append(h));
    return b.toString();
  }

  private static List<String> append(List<String> list, String item) {
    return java.util.stream.Stream.concat(list.stream(), java.util.stream.Stream.of(item)).toList();
  }
}
