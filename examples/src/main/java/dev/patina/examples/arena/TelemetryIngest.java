package dev.patina.examples.arena;

import static java.lang.foreign.MemoryLayout.PathElement.groupElement;
import static java.lang.foreign.ValueLayout.JAVA_DOUBLE;
import static java.lang.foreign.ValueLayout.JAVA_INT;
import static java.lang.foreign.ValueLayout.JAVA_LONG;

import dev.patina.ownership.BorrowedFrom;
import dev.patina.runtime.memory.ArenaSlice;
import dev.patina.runtime.memory.BumpArena;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.StructLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * A telemetry collector that handles one request at a time. A request is a batch of readings,
 * {@code sensor,millis,value} lines, which it parses into a table of off-heap rows in a per-request
 * {@link BumpArena}, summarises, and forgets: the arena is reset between requests, so steady
 * traffic reuses the same native memory instead of asking the system for more.
 *
 * <p>Each summary also says how far the peak moved since the previous request. The previous peak
 * is copied out of the arena, as a {@code double}, before the reset recycles the table. The version
 * in {@code examples/compile-fail/ownership/arena} keeps the previous request's table instead and
 * reads it after the reset; the ownership checker rejects it (P0502).
 */
public final class TelemetryIngest {

  /** One reading as a row of the table: 24 bytes, aligned to 8. */
  static final StructLayout READING = MemoryLayout.structLayout(
      JAVA_LONG.withName("millis"), JAVA_DOUBLE.withName("value"), JAVA_INT.withName("sensor"),
      MemoryLayout.paddingLayout(4));

  private static final long MILLIS = READING.byteOffset(groupElement("millis"));
  private static final long VALUE = READING.byteOffset(groupElement("value"));
  private static final long SENSOR = READING.byteOffset(groupElement("sensor"));

  private TelemetryIngest() {}

  /**
   * What one request's readings came to: the peak, where and when it was read, the mean, and the
   * peak's change since the previous request (NaN for the first).
   */
  public record Summary(int readings, int peakSensor, long peakMillis, double peak, double mean, double peakChange) {}

  /** Handles the requests in order, resetting the arena between them: one summary per request. */
  public static List<Summary> serve(List<List<String>> requests) {
    List<Summary> summaries = new ArrayList<>();
    try (BumpArena arena = BumpArena.ofConfined()) {
      double previousPeak = Double.NaN;
      for (List<String> request : requests) {
        ArenaSlice table = parse(arena, request);
        int rows = request.size();
        long peakRow = peakRow(table, rows);
        double peak = value(table, peakRow);
        summaries.add(new Summary(rows, table.get(JAVA_INT, peakRow * READING.byteSize() + SENSOR),
            table.get(JAVA_LONG, peakRow * READING.byteSize() + MILLIS), peak, mean(table, rows), peak - previousPeak));
        previousPeak = peak; // copied out: the last use of `table` is above, so the reset may recycle it
        arena.reset();
      }
    }
    return summaries;
  }

  /** Parses a request's lines into a table of rows in {@code arena}; the table borrows the arena. */
  @BorrowedFrom("arena")
  static ArenaSlice parse(BumpArena arena, List<String> lines) {
    if (lines.isEmpty()) {
      throw new IllegalArgumentException("a request carries at least one reading");
    }
    ArenaSlice table = arena.slice(MemoryLayout.sequenceLayout(lines.size(), READING));
    for (int row = 0; row < lines.size(); row++) {
      String[] fields = lines.get(row).split(",", -1);
      if (fields.length != 3) {
        throw new IllegalArgumentException("line " + (row + 1) + ": expected sensor,millis,value, got `" + lines.get(row) + "`");
      }
      long at = row * READING.byteSize();
      table.set(JAVA_INT, at + SENSOR, Integer.parseInt(fields[0].strip()));
      table.set(JAVA_LONG, at + MILLIS, Long.parseLong(fields[1].strip()));
      table.set(JAVA_DOUBLE, at + VALUE, Double.parseDouble(fields[2].strip()));
    }
    return table;
  }

  static double value(ArenaSlice table, long row) {
    return table.get(JAVA_DOUBLE, row * READING.byteSize() + VALUE);
  }

  static long peakRow(ArenaSlice table, int rows) {
    long best = 0;
    for (long row = 1; row < rows; row++) {
      if (value(table, row) > value(table, best)) {
        best = row;
      }
    }
    return best;
  }

  static double mean(ArenaSlice table, int rows) {
    double total = 0;
    for (long row = 0; row < rows; row++) {
      total += value(table, row);
    }
    return total / rows;
  }

  public static void main(String[] args) {
    List<List<String>> requests = List.of(
        List.of("7,1733100000000,21.5", "8,1733100000250,23.0", "7,1733100000500,22.25"),
        List.of("8,1733100001000,24.5", "9,1733100001250,19.75"),
        List.of("9,1733100002000,20.0"));
    for (Summary s : serve(requests)) {
      System.out.printf("%d readings: peak %.2f from sensor %d at %d, mean %.2f, peak change %+.2f%n",
          s.readings(), s.peak(), s.peakSensor(), s.peakMillis(), s.mean(), s.peakChange());
    }
  }
}
