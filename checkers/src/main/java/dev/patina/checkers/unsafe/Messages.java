package dev.patina.checkers.unsafe;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/** The texts of {@code messages.properties} next to this class, the one place X0001's wording lives. */
final class Messages {

  private static final Properties TEXTS = load();

  private Messages() {}

  static String get(String key) {
    String text = TEXTS.getProperty(key);
    if (text == null) {
      throw new IllegalStateException("messages.properties of the unsafe check has no key " + key);
    }
    return text;
  }

  static String format(String key, Object... args) {
    return String.format(java.util.Locale.ROOT, get(key), args);
  }

  private static Properties load() {
    Properties p = new Properties();
    try (InputStream in = Messages.class.getResourceAsStream("messages.properties")) {
      if (in == null) {
        throw new IllegalStateException("messages.properties of the unsafe check is missing from the class path");
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return p;
  }
}
