package dev.patina.examples.typestate.iterator;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads a small CSV table of shipments with {@link FieldCursor}s and prints the total weight per
 * destination. Every {@code next()} is guarded by a {@code hasNext()} that returned {@code true}:
 * the pattern the typestate checker accepts, where {@code
 * examples/compile-fail/typestate/misuse/iterator} shows the ones it rejects.
 */
public final class CsvSummary {

  private CsvSummary() {}

  /** Every field of {@code line}, in order. */
  public static List<String> fields(String line) {
    List<String> out = new ArrayList<>();
    FieldCursor cursor = new FieldCursor(line);
    while (cursor.hasNext()) {
      out.add(cursor.next());
    }
    return out;
  }

  /** The field at {@code index} (0-based), or {@code fallback} when the line is shorter. */
  public static String field(String line, int index, String fallback) {
    FieldCursor cursor = new FieldCursor(line);
    for (int i = 0; i < index; i++) {
      if (!cursor.hasNext()) {
        return fallback;
      }
      cursor.next();
    }
    return cursor.hasNext() ? cursor.peek() : fallback;
  }

  public static void main(String[] args) {
    String[] table = {
      "id,destination,weight_kg,note",
      "S-1,Rotterdam,1200,",
      "S-2,\"Antwerp, BE\",800,\"fragile, \"\"this side up\"\"\"",
      "S-3,Rotterdam,450,express",
    };
    List<String> destinations = new ArrayList<>();
    List<Long> totals = new ArrayList<>();
    for (int row = 1; row < table.length; row++) {
      String destination = field(table[row], 1, "?");
      long weight = Long.parseLong(field(table[row], 2, "0"));
      int at = destinations.indexOf(destination);
      if (at < 0) {
        destinations.add(destination);
        totals.add(weight);
      } else {
        totals.set(at, totals.get(at) + weight);
      }
    }
    System.out.println("columns: " + fields(table[0]));
    for (int i = 0; i < destinations.size(); i++) {
      System.out.println(destinations.get(i) + ": " + totals.get(i) + " kg");
    }
    System.out.println("note of S-2: " + field(table[2], 3, ""));
  }
}
