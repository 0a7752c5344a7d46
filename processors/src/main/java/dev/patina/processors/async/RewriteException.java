package dev.patina.processors.async;

/**
 * An {@code @Async} method the rewriter cannot turn into a state machine, with the reason and the
 * source line: reported as a compile error on the method.
 */
final class RewriteException extends Exception {

  private static final long serialVersionUID = 1L;

  private final int line;
  private final String help;

  RewriteException(String message, int line, String help) {
    super(message);
    this.line = line;
    this.help = help;
  }

  /** The source line of the construct, or -1. */
  int line() {
    return line;
  }

  /** What to do instead, for the {@code help:} line; may be null. */
  String help() {
    return help;
  }
}
