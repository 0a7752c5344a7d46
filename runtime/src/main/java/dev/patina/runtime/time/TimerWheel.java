package dev.patina.runtime.time;

import dev.patina.units.Unit;

/**
 * A hierarchical timing wheel: 6 levels of 64 slots, 1 ms per slot at level 0 and 64 times more
 * at each level above, the design of Tokio's timer. Scheduling and cancelling are O(1) and
 * allocate nothing (the entries are intrusive); advancing time costs O(1) per occupied slot
 * reached plus O(1) per entry, each entry moving down at most once per level.
 *
 * <p>Time is counted in ticks of 1 ms from the wheel's start. Level {@code L} has slots of {@code
 * 64^L} ms and spans {@code 64^(L+1)} ms; the whole wheel spans {@link #SPAN} = 2^36 ms (about
 * 2.18 years). An entry is put in the lowest level at which its deadline and the current tick
 * ({@link #elapsed()}) fall in the same span, in the slot of its deadline there. When time reaches
 * the start of an occupied slot above level 0, the slot is emptied and each entry either fires (its
 * deadline is the slot's start) or moves down to a lower level (it cascades). An entry due more
 * than {@link #SPAN} ahead goes in the top level's slot for its deadline modulo the span; when
 * that slot comes round it is put back, a full turn later, until its deadline is within the span.
 *
 * <p>Not thread-safe: one owner inserts, removes and polls ({@link Timer} does it under its lock).
 *
 * @param <E> the type of the entries
 */
public final class TimerWheel<E extends TimerEntry> {

  /** Levels in the wheel. */
  public static final int LEVELS = 6;

  /** Slots per level. */
  public static final int SLOTS = 64;

  /** The ticks the wheel can tell apart: 64^6 ms = 2^36 ms, about 2.18 years. */
  public static final @Unit("ms") long SPAN = 1L << 36;

  /** {@link #nextDeadline()} of a wheel with nothing scheduled. */
  public static final @Unit("ms") long NEVER = Long.MAX_VALUE;

  private static final int SLOT_BITS = 6;
  private static final int SLOT_MASK = SLOTS - 1;

  /** The head of each slot's list, at {@code level * 64 + slot}. */
  private final TimerEntry[] heads = new TimerEntry[LEVELS * SLOTS];

  /** Per level, bit {@code s} is set when slot {@code s} is not empty. */
  private final long[] occupied = new long[LEVELS];

  /** Entries whose slot has been reached, waiting to be handed out by {@link #poll}. */
  private TimerEntry expired;

  private @Unit("ms") long elapsed;
  private int size;

  /** Set by {@link #nextExpiration()}: the slot index of the expiration it returned. */
  private int dueSlot;

  /** A wheel whose current tick is 0. */
  public TimerWheel() {
    this(0);
  }

  /** A wheel whose current tick is {@code start}. */
  public TimerWheel(@Unit("ms") long start) {
    if (start < 0) {
      throw new IllegalArgumentException("the start tick " + start + " is negative");
    }
    this.elapsed = start;
  }

  /** The current tick: every entry due at or before it has been handed out or is expired. */
  public @Unit("ms") long elapsed() {
    return elapsed;
  }

  /** The entries scheduled or expired and not yet handed out. */
  public int size() {
    return size;
  }

  /** Whether no entry is scheduled or waiting to be handed out. */
  public boolean isEmpty() {
    return size == 0;
  }

  /**
   * Schedules {@code entry} to fire at tick {@code deadline}. Returns false, and schedules
   * nothing, when the deadline is not after {@link #elapsed()}: the entry is due already.
   *
   * @throws IllegalStateException if the entry is scheduled already (in this wheel or another)
   */
  public boolean insert(E entry, @Unit("ms") long deadline) {
    if (entry.slot != TimerEntry.UNLINKED) {
      throw new IllegalStateException("the entry is scheduled already");
    }
    entry.deadlineTick = deadline;
    if (deadline <= elapsed) {
      return false;
    }
    link(entry, slotFor(elapsed, deadline));
    size++;
    return true;
  }

  /** Unschedules {@code entry} in O(1). Returns false when it was not in the wheel. */
  public boolean remove(E entry) {
    int slot = entry.slot;
    if (slot == TimerEntry.UNLINKED) {
      return false;
    }
    if (slot == TimerEntry.EXPIRED) {
      expired = unlink(expired, entry);
    } else {
      TimerEntry head = unlink(heads[slot], entry);
      heads[slot] = head;
      if (head == null) {
        occupied[slot >>> SLOT_BITS] &= ~(1L << (slot & SLOT_MASK));
      }
    }
    entry.slot = TimerEntry.UNLINKED;
    size--;
    return true;
  }

  /**
   * Advances the wheel to tick {@code now} and hands out one entry whose deadline is at or before
   * it, or returns null when there is none. Call it until it returns null; entries come out slot
   * by slot in order of deadline (in no particular order within one tick), each exactly once, and
   * are no longer scheduled. Ticks never go back: a {@code now} before {@link #elapsed()} fires
   * nothing new.
   */
  @SuppressWarnings("unchecked") // only insert(E, ...) puts entries in, so every entry is an E
  public E poll(@Unit("ms") long now) {
    while (expired == null) {
      @Unit("ms") long due = nextExpiration();
      if (due > now) {
        if (now > elapsed) {
          elapsed = now;
        }
        return null;
      }
      expire(dueSlot, due);
      elapsed = due;
    }
    TimerEntry entry = expired;
    expired = unlink(expired, entry);
    entry.slot = TimerEntry.UNLINKED;
    size--;
    return (E) entry;
  }

  /**
   * The next tick at which {@link #poll} will have something to do, {@link #NEVER} when the wheel
   * is empty. For an entry above level 0 this is the start of its slot, where it cascades, which
   * may be earlier than its deadline: a driver that sleeps until this tick wakes up in time.
   */
  public @Unit("ms") long nextDeadline() {
    return expired != null ? elapsed : nextExpiration();
  }

  /** The earliest tick at which an occupied slot is reached (setting {@link #dueSlot}), or NEVER. */
  private @Unit("ms") long nextExpiration() {
    @Unit("ms") long best = NEVER;
    for (int level = 0; level < LEVELS; level++) {
      long bits = occupied[level];
      if (bits == 0) {
        continue;
      }
      int shift = SLOT_BITS * level;
      @Unit("ms") long slotSpan = (@Unit("ms") long) (1L << shift);
      @Unit("ms") long levelSpan = (@Unit("ms") long) (1L << (shift + SLOT_BITS));
      // The first occupied slot after the current one, going round the level once. Below the
      // top level every occupied slot is after the current one. The top level also holds entries
      // due beyond the span: those in slots before the current one, or in it, are due a turn
      // later, so the current slot must come last, not first.
      int after = slotOf(elapsed, level) + 1;
      int slot = (Long.numberOfTrailingZeros(Long.rotateRight(bits, after)) + after) & SLOT_MASK;
      @Unit("ms") long start = (elapsed & -levelSpan) + slot * slotSpan;
      if (start <= elapsed) {
        start += levelSpan;
      }
      if (start < best) {
        best = start;
        dueSlot = level * SLOTS + slot;
      }
    }
    return best;
  }

  /** Empties the slot reached at tick {@code due}: entries due then expire, later ones move down. */
  private void expire(int slot, @Unit("ms") long due) {
    TimerEntry entry = heads[slot];
    heads[slot] = null;
    occupied[slot >>> SLOT_BITS] &= ~(1L << (slot & SLOT_MASK));
    while (entry != null) {
      TimerEntry next = entry.next;
      entry.prev = null;
      entry.next = null;
      if (entry.deadlineTick <= due) {
        entry.slot = TimerEntry.EXPIRED;
        expired = push(expired, entry);
      } else {
        link(entry, slotFor(due, entry.deadlineTick));
      }
      entry = next;
    }
  }

  /**
   * The slot index for a deadline seen from tick {@code now}: the level is set by the highest bit
   * in which they differ (6 bits per level), capped at the top level.
   */
  static int slotFor(@Unit("ms") long now, @Unit("ms") long deadline) {
    long differing = (@Unit("1") long) ((now ^ deadline) | SLOT_MASK);
    if (differing >= (@Unit("1") long) SPAN) {
      differing = (@Unit("1") long) SPAN - 1;
    }
    int level = (63 - Long.numberOfLeadingZeros(differing)) / SLOT_BITS;
    return level * SLOTS + slotOf(deadline, level);
  }

  private static int slotOf(@Unit("ms") long tick, int level) {
    return (int) (((@Unit("1") long) tick >>> (SLOT_BITS * level)) & SLOT_MASK);
  }

  private void link(TimerEntry entry, int slot) {
    entry.slot = slot;
    heads[slot] = push(heads[slot], entry);
    occupied[slot >>> SLOT_BITS] |= 1L << (slot & SLOT_MASK);
  }

  private static TimerEntry push(TimerEntry head, TimerEntry entry) {
    entry.prev = null;
    entry.next = head;
    if (head != null) {
      head.prev = entry;
    }
    return entry;
  }

  /** Unlinks {@code entry} from the list starting at {@code head}; returns the new head. */
  private static TimerEntry unlink(TimerEntry head, TimerEntry entry) {
    TimerEntry prev = entry.prev;
    TimerEntry next = entry.next;
    if (next != null) {
      next.prev = prev;
    }
    if (prev != null) {
      prev.next = next;
    } else {
      head = next;
    }
    entry.prev = null;
    entry.next = null;
    return head;
  }
}
