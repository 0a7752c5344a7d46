package dev.patina.processors.struct;

import java.util.List;
import javax.lang.model.element.Element;

/**
 * A mistake in a {@code @Struct} declaration, reported on {@code element} as {@code [CODE]
 * message} followed by its {@code help:} lines, the layout Patina's checkers use.
 */
final class StructError extends Exception {

  private final String code;
  private final transient Element element;
  private final List<String> help;

  StructError(String code, Element element, String message, String... help) {
    super(message);
    this.code = code;
    this.element = element;
    this.help = List.of(help);
  }

  /** The element the error points at. */
  Element element() {
    return element;
  }

  /** The diagnostic text: the headline, then one {@code help:} line per hint. */
  String render() {
    StringBuilder text = new StringBuilder("[").append(code).append("] ").append(getMessage());
    for (String h : help) {
      text.append("\n  help: ").append(h);
    }
    return text.toString();
  }
}
