package dev.patina.runtime.time;

import dev.patina.units.Unit;

/**
 * A node of a {@link TimerWheel}: a deadline and the two links that put it in the list of one
 * slot. The links live in the entry itself (an intrusive list), so scheduling and cancelling
 * allocate nothing and cancelling is O(1): the entry unlinks itself from its neighbours.
 *
 * <p>Subclass it to attach what firing should do ({@link Sleep} attaches a waker). An entry is in
 * at most one wheel at a time, and only the wheel's owner reads or writes these fields.
 */
public abstract class TimerEntry {

  /** {@link #slot} of an entry that is in no list. */
  static final int UNLINKED = -1;

  /** {@link #slot} of an entry that has expired and waits in the wheel's expired list. */
  static final int EXPIRED = -2;

  /** The tick this entry fires at. */
  @Unit("ms") long deadlineTick;

  TimerEntry prev;
  TimerEntry next;

  /** The index of the slot ({@code level * 64 + slot}) whose list holds this entry, or a marker. */
  int slot = UNLINKED;

  /** For subclasses. */
  protected TimerEntry() {}

  // The two accessors below read fields that belong to the wheel's owner: call them on that
  // thread (for a Sleep, its Timer reads them under its lock).

  /** The tick this entry was last scheduled for, in the wheel's milliseconds. */
  public final @Unit("ms") long deadlineTick() {
    return deadlineTick;
  }

  /** Whether the entry is in a wheel: scheduled, or expired and not yet handed out by {@code poll}. */
  public final boolean isScheduled() {
    return slot != UNLINKED;
  }
}
