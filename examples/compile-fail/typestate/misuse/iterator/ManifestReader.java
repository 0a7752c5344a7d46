// Wrong uses of the iterator protocol (hasNext() before each next()) of
// examples/src/main/java/dev/patina/examples/typestate/iterator/FieldCursor.java: a reader of
// shipping manifests, one mistake per method. Each comment names the code the typestate checker
// must report there.
package dev.patina.examples.typestate.misuse.iterator;

import dev.patina.examples.typestate.iterator.FieldCursor;
import dev.patina.typestate.State;
import java.util.ArrayList;
import java.util.List;

final class ManifestReader {

  /** T0001: "the first field is always there" — but nobody asked hasNext(). */
  static String shipmentId(String line) {
    FieldCursor fields = new FieldCursor(line);
    return fields.next(); // T0001: Unknown, next() requires HasNext
  }

  /** T0001: one hasNext() guards two next() calls. */
  static String route(String line) {
    FieldCursor fields = new FieldCursor(line);
    if (fields.hasNext()) {
      String from = fields.next();
      String to = fields.next(); // T0001: Unknown again after the first next()
      return from + " -> " + to;
    }
    return "?";
  }

  /** T0001: after the loop hasNext() has returned false; the "last field" is already gone. */
  static String lastField(String line) {
    FieldCursor fields = new FieldCursor(line);
    String last = "";
    while (fields.hasNext()) {
      last = fields.next();
    }
    return last + fields.next(); // T0001: End, next() requires HasNext
  }

  /** T0001: a do-while takes the first field before the first hasNext(). */
  static List<String> all(String line) {
    FieldCursor fields = new FieldCursor(line);
    List<String> out = new ArrayList<>();
    do {
      out.add(fields.next()); // T0001: Unknown on the first iteration (HasNext on the others)
    } while (fields.hasNext());
    return out;
  }

  /** T0001: `||` lets the body run when hasNext() returned false. */
  static String noteOrDefault(String line, boolean strict) {
    FieldCursor fields = new FieldCursor(line);
    if (fields.hasNext() || strict) {
      return fields.peek(); // T0001: End when hasNext() was false and strict was true
    }
    return "";
  }

  /** Takes the field a caller found with hasNext(); correct: the cursor goes back Unknown, as declared. */
  static String take(@State(value = "HasNext", after = "Unknown") FieldCursor fields) {
    return fields.next();
  }

  /** T0003: the cursor handed to take() has not been asked hasNext(). */
  static String firstOf(String line) {
    FieldCursor fields = new FieldCursor(line);
    return take(fields); // T0003: the argument is Unknown, the parameter wants HasNext
  }
}
