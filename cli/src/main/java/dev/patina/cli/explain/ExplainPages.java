package dev.patina.cli.explain;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The pages of {@code patina explain}: Markdown resources {@code dev/patina/cli/explain/CODE.md},
 * listed with a title each in {@code index.txt} ({@code CODE title} per line). Adding a code is
 * adding a page and a line; a test checks every checker message key has one.
 */
public final class ExplainPages {

  private ExplainPages() {}

  /** Code to title, in the index's order. */
  public static Map<String, String> codes() throws IOException {
    Map<String, String> codes = new LinkedHashMap<>();
    for (String line : read("index.txt").orElse("").split("\\R")) {
      String l = line.strip();
      if (l.isEmpty() || l.startsWith("#")) {
        continue;
      }
      int space = l.indexOf(' ');
      codes.put(space < 0 ? l : l.substring(0, space), space < 0 ? "" : l.substring(space + 1).strip());
    }
    return codes;
  }

  /** The page for a code, if there is one. */
  public static Optional<String> page(String code) throws IOException {
    if (!code.matches("[A-Za-z0-9._-]+")) {
      return Optional.empty(); // keep user input from naming some other resource
    }
    return read(code + ".md");
  }

  private static Optional<String> read(String name) throws IOException {
    try (InputStream in = ExplainPages.class.getResourceAsStream(name)) {
      return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
