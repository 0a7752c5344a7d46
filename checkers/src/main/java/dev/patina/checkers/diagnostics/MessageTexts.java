package dev.patina.checkers.diagnostics;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * The texts of an Error Prone check's {@code messages.properties}, the one place its wording
 * lives. (The Checker Framework checkers load theirs through the framework; Error Prone has no
 * such mechanism, so the unsafe and async checks load theirs with this.)
 */
public final class MessageTexts {

  private final String checker;
  private final Properties texts;

  private MessageTexts(String checker, Properties texts) {
    this.checker = checker;
    this.texts = texts;
  }

  /** The {@code messages.properties} next to {@code anchor} (in its package), of the check named {@code checker}. */
  public static MessageTexts load(Class<?> anchor, String checker) {
    Properties p = new Properties();
    try (InputStream in = anchor.getResourceAsStream("messages.properties")) {
      if (in == null) {
        throw new IllegalStateException("messages.properties of the " + checker + " check is missing from the class path");
      }
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new MessageTexts(checker, p);
  }

  /** The text of {@code key}; a missing key is a bug of the check, reported as such. */
  public String get(String key) {
    String text = texts.getProperty(key);
    if (text == null) {
      throw new IllegalStateException("messages.properties of the " + checker + " check has no key " + key);
    }
    return text;
  }

  /** The text of {@code key} with its {@code %s} filled in. */
  public String format(String key, Object... args) {
    return String.format(Locale.ROOT, get(key), args);
  }
}
