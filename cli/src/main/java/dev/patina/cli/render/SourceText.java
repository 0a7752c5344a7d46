package dev.patina.cli.render;

import java.util.ArrayList;
import java.util.List;

/** The text of one source file, split into lines, with offset-to-line arithmetic. */
public final class SourceText {

  private final String text;
  /** Offset at which each line starts; index 0 is line 1. */
  private final int[] lineStarts;

  public SourceText(String text) {
    this.text = text;
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // \r\n, \n and a lone \r each end a line, as they do for javac's line map
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        starts.add(i + 1);
      }
    }
    lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
  }

  /** How many lines the file has. */
  public int lineCount() {
    return lineStarts.length;
  }

  /** Line {@code n} (1-based) without its line break, or "" when out of range. */
  public String line(int n) {
    if (n < 1 || n > lineStarts.length) {
      return "";
    }
    int start = lineStarts[n - 1];
    int end = n < lineStarts.length ? lineStarts[n] : text.length();
    while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return text.substring(start, end);
  }

  /** The 1-based line holding {@code offset}. */
  public int lineOf(long offset) {
    int lo = 0;
    int hi = lineStarts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (lineStarts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return lo + 1;
  }

  /** The 1-based column of {@code offset} on its line. */
  public int columnOf(long offset) {
    return (int) (offset - lineStarts[lineOf(offset) - 1]) + 1;
  }
}
