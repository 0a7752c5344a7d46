package dev.patina.cli.render;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Finds the text of a source file for snippets; a file that cannot be read just gets no snippet. */
@FunctionalInterface
public interface SourceLookup {

  Optional<SourceText> find(Path file);

  /** Reads files from disk, each once. */
  static SourceLookup files() {
    Map<Path, Optional<SourceText>> cache = new HashMap<>();
    return file -> cache.computeIfAbsent(file, SourceLookup::read);
  }

  /** Fixed texts, for tests and in-memory sources. */
  static SourceLookup of(Map<Path, String> texts) {
    return file -> Optional.ofNullable(texts.get(file)).map(SourceText::new);
  }

  private static Optional<SourceText> read(Path file) {
    try {
      return Optional.of(new SourceText(Files.readString(file, StandardCharsets.UTF_8)));
    } catch (MalformedInputException e) {
      try {
        // javac was told UTF-8 too, but a snippet in the wrong charset beats none
        return Optional.of(new SourceText(Files.readString(file, StandardCharsets.ISO_8859_1)));
      } catch (IOException again) {
        return Optional.empty();
      }
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
