package dev.patina.examples.pin;

import static java.lang.foreign.ValueLayout.JAVA_BYTE;

import dev.patina.ownership.Unsafe;
import java.lang.foreign.Arena;
import java.lang.foreign.MemoryLayout;
import java.lang.foreign.MemorySegment;
import java.nio.charset.StandardCharsets;

/**
 * A self-referential off-heap struct that sums comma-separated numbers, one at a time: it holds
 * the text and a cursor that points at the next number inside that same text (with an end pointer,
 * as Rust's slice iterator has). Its layout is {@link ScanState}'s.
 *
 * <p>A new struct holds no pointers, so it may be moved like any bytes; {@link #start} makes them,
 * and from then on the struct must stay where it is. That is why {@code start} and {@link #step}
 * take a {@link Pinned} handle, where Rust's {@code poll} takes {@code Pin<&mut Self>}.
 */
public final class NumberScan implements SelfReferential {

  /** The most bytes of text a struct holds. */
  public static final int CAPACITY = 64;

  /** The struct type: it has no state of its own, the structs are in memory. */
  public static final NumberScan TYPE = new NumberScan();

  private NumberScan() {}

  @Override
  public MemoryLayout layout() {
    return ScanStateLayout.LAYOUT;
  }

  @Override
  public boolean holdsSelfPointers(MemorySegment struct) {
    return fields(struct).cursor() != 0;
  }

  @Override
  public String toString() {
    return "NumberScan";
  }

  /**
   * A new struct in {@code arena} holding {@code text} ({@value #CAPACITY} ASCII bytes at most),
   * not started: it points nowhere yet, so it may be moved, and {@link Pinned#pin} will.
   */
  public static MemorySegment unpinned(Arena arena, String text) {
    byte[] bytes = text.getBytes(StandardCharsets.US_ASCII);
    if (bytes.length > CAPACITY) {
      throw new IllegalArgumentException("a NumberScan holds " + CAPACITY + " bytes of text, got " + bytes.length);
    }
    MemorySegment struct = arena.allocate(ScanStateLayout.LAYOUT);
    MemorySegment.copy(bytes, 0, struct, JAVA_BYTE, ScanStateLayout.OFFSET_TEXT, bytes.length);
    fields(struct).length(bytes.length);
    return struct;
  }

  /**
   * Points the struct's cursor at the start of its own text and its end pointer past the text's
   * last byte: the struct becomes self-referential, at the address it is pinned at.
   */
  static void start(Pinned<NumberScan> pinned) {
    MemorySegment struct = pinned.memory();
    ScanStateView fields = fields(struct);
    if (fields.cursor() != 0) {
      throw new IllegalStateException("the scan at " + Pinned.hex(struct.address()) + " has started already");
    }
    long text = textAddress(struct);
    fields.cursor(text).end(text + fields.length());
  }

  /**
   * Parses the number at the cursor, adds it to the sum and moves the cursor past it and its comma,
   * following the cursor as the raw address it is. Returns whether the text is used up.
   *
   * @throws IllegalArgumentException if the text at the cursor is not a number followed by a comma or the end
   * @throws ArithmeticException if the number or the sum does not fit a {@code long}
   */
  static boolean step(Pinned<NumberScan> pinned) {
    MemorySegment struct = pinned.memory();
    ScanStateView fields = fields(struct);
    // the check is Rust's debug_assert!: off in production, on in the tests (surefire runs with -ea)
    assert pointsIntoItself(struct) : dangling(struct);
    long cursor = fields.cursor();
    long end = fields.end();
    if (cursor == 0) {
      throw new IllegalStateException("the scan at " + Pinned.hex(struct.address()) + " has not started");
    }
    if (cursor == end) {
      return true;
    }
    MemorySegment rest = follow(cursor, end);
    long value = 0;
    int digits = 0;
    while (digits < rest.byteSize() && rest.get(JAVA_BYTE, digits) != ',') {
      byte b = rest.get(JAVA_BYTE, digits);
      if (b < '0' || b > '9') {
        throw new IllegalArgumentException("not a digit at byte " + (cursor - textAddress(struct) + digits) + ": `" + (char) b + "`");
      }
      value = Math.addExact(Math.multiplyExact(value, 10), b - '0');
      digits++;
    }
    if (digits == 0) {
      throw new IllegalArgumentException("no number at byte " + (cursor - textAddress(struct)));
    }
    long next = cursor + digits + (digits < rest.byteSize() ? 1 : 0);
    fields.cursor(next).sum(Math.addExact(fields.sum(), value)).parsed(fields.parsed() + 1);
    return next == end;
  }

  /**
   * The {@code end - cursor} bytes at {@code cursor}, as a segment. Callers must have read both
   * addresses from a pinned, started struct that is still allocated.
   */
  @Unsafe
  private static MemorySegment follow(long cursor, long end) {
    if (cursor > end || end - cursor > CAPACITY) {
      throw new IllegalStateException("cursor " + Pinned.hex(cursor) + " and end " + Pinned.hex(end) + " are not a text");
    }
    // SAFETY: step read cursor and end from a struct that start() pointed into its own text at
    // the address it is pinned at; a pinned struct is never copied away from its pointers, step
    // only moves cursor forward up to end, and the Pinned handle step borrows for this call keeps
    // the struct's memory allocated while the segment is read
    return MemorySegment.ofAddress(cursor).reinterpret(end - cursor);
  }

  /** The sum of the numbers parsed so far. */
  public static long sum(Pinned<NumberScan> pinned) {
    return fields(pinned.memory()).sum();
  }

  /** How many numbers have been parsed. */
  public static int parsed(Pinned<NumberScan> pinned) {
    return fields(pinned.memory()).parsed();
  }

  /** The address the cursor holds: 0 before the scan starts, else a byte of the struct's text or its end. */
  public static long cursor(Pinned<NumberScan> pinned) {
    return fields(pinned.memory()).cursor();
  }

  /** The address the struct's text starts at. */
  static long textAddress(MemorySegment struct) {
    return textAddress(struct.address());
  }

  /** The address the text of the struct at {@code structAddress} starts at. */
  static long textAddress(long structAddress) {
    return structAddress + ScanStateLayout.OFFSET_TEXT;
  }

  /**
   * Whether the struct's pointers point into its own text, or are not set yet; only address
   * arithmetic, no memory behind them is read. False for a copy of a started struct: its pointers
   * point into the struct it was copied from.
   */
  static boolean pointsIntoItself(MemorySegment struct) {
    ScanStateView fields = fields(struct);
    long cursor = fields.cursor();
    if (cursor == 0) {
      return true;
    }
    long text = textAddress(struct);
    long end = fields.end();
    return end == text + fields.length() && cursor >= text && cursor <= end;
  }

  /** What a struct's pointers point at when they do not point into it. */
  static String dangling(MemorySegment struct) {
    ScanStateView fields = fields(struct);
    return "the struct at " + Pinned.hex(struct.address()) + " has its text at " + Pinned.hex(textAddress(struct))
        + ", but its cursor holds " + Pinned.hex(fields.cursor()) + " and its end " + Pinned.hex(fields.end())
        + ": it was moved after it started";
  }

  /** A view of the struct's fields. */
  static ScanStateView fields(MemorySegment struct) {
    return new ScanStateView(struct, 0);
  }
}
