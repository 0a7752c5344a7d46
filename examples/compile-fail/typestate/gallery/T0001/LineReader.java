// T0001: a method is called in a state its @Requires does not allow.
// Rust's typestate-by-types makes this a missing method (E0599): `Lines<Exhausted>` has no `next`.
// Here a reader of log lines is asked for one more line after `hasNext()` said there are none.
package dev.patina.examples.gallery.t0001;

import dev.patina.typestate.Ensures;
import dev.patina.typestate.EnsuresWhen;
import dev.patina.typestate.Protocol;
import dev.patina.typestate.Requires;
import java.util.ArrayList;
import java.util.List;

/** An iterator over the lines of a log: `next()` only after `hasNext()` returned true. */
@Protocol(states = {"Unknown", "HasLine", "Exhausted"}, initial = "Unknown", end = {"Unknown", "HasLine", "Exhausted"})
final class LogLines {
  private final List<String> lines;
  private int at;

  LogLines(List<String> lines) {
    this.lines = lines;
  }

  @EnsuresWhen(result = "true", state = "HasLine")
  @EnsuresWhen(result = "false", state = "Exhausted")
  boolean hasNext() {
    return at < lines.size();
  }

  @Requires("HasLine")
  @Ensures("Unknown")
  String next() {
    return lines.get(at++);
  }
}

final class LineReader {
  /** Collects the lines, and then the trailer line, which the mistake assumes is always there. */
  static List<String> withTrailer(List<String> log) {
    LogLines it = new LogLines(log);
    List<String> out = new ArrayList<>();
    while (it.hasNext()) {
      out.add(it.next());
    }
    out.add(it.next());         // the loop only ends once `it` is Exhausted
    return out;
  }
}
