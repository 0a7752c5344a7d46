package dev.patina.checkers.unsafe;

import dev.patina.checkers.diagnostics.MessageTexts;

/** The texts of {@code messages.properties} next to this class, the one place X0001's wording lives. */
final class Messages {

  private static final MessageTexts TEXTS = MessageTexts.load(Messages.class, "unsafe");

  private Messages() {}

  static MessageTexts texts() {
    return TEXTS;
  }

  static String get(String key) {
    return TEXTS.get(key);
  }

  static String format(String key, Object... args) {
    return TEXTS.format(key, args);
  }
}
