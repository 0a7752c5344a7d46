package dev.patina.runtime.queue;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Objects;

/**
 * A Chase–Lev work-stealing deque: one owner thread pushes and pops tasks at the bottom (LIFO, for
 * locality), any other thread steals from the top (FIFO, taking the oldest task).
 *
 * <p>The algorithm is Chase and Lev's ("Dynamic Circular Work-Stealing Deque", SPAA 2005) with the
 * memory orderings that Lê, Pop, Cohen and Zappa Nardelli proved correct for C11 ("Correct and
 * Efficient Work-Stealing for Weak Memory Models", PPoPP 2013), mapped to {@link VarHandle} modes:
 * C11 relaxed is opaque, acquire and release are themselves, a {@code seq_cst} fence is {@link
 * VarHandle#fullFence()} and a {@code seq_cst} CAS is {@code compareAndSet}. The array is circular
 * and grows (doubling) when the owner pushes into a full one; it never shrinks.
 *
 * <h2>Threads</h2>
 *
 * <ul>
 *   <li>{@link #push} and {@link #pop} may be called only by the owner thread. Handing the deque to
 *       another owner needs a happens-before edge between the two (a thread start, a lock, a
 *       volatile write and read); calling them from two threads at once corrupts the deque.
 *   <li>{@link #steal}, {@link #size} and {@link #isEmpty} may be called by any thread.
 *   <li>The deque must be published safely to the thieves (for example created before the worker
 *       threads are started, or read from a final field).
 * </ul>
 *
 * <h2>Guarantees</h2>
 *
 * <p>Each pushed element is returned exactly once, by {@code pop} or by one {@code steal}. Owner
 * operations and successful steals are linearizable. {@code push} and {@code pop} are wait-free
 * (except that a {@code push} into a full array copies it); {@code steal} is lock-free: it fails
 * only because another thread took an element. Everything the owner wrote before {@code push(x)}
 * is visible to the thread that gets {@code x}.
 *
 * <p>Memory: the slot of a popped element is cleared at once; the slot of a stolen element is
 * cleared by the owner's next {@code push} or {@code pop}, so the deque keeps no reference to a
 * taken element beyond the owner's next operation (the garbage collector can reclaim it).
 *
 * @param <T> the element type; {@code null} is not an element
 */
public final class WorkStealingDeque<T> extends WorkStealingDequeLayout.PadAfter {

  /** What {@link #stealOrAbort} returns when it lost a race; never an element. */
  static final Object ABORT = new Object();

  private static final int DEFAULT_CAPACITY = 64;
  private static final int MAX_CAPACITY = 1 << 30;

  private static final VarHandle TOP;
  private static final VarHandle BOTTOM;
  private static final VarHandle ARRAY;

  static {
    try {
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      TOP = lookup.findVarHandle(WorkStealingDequeLayout.Top.class, "top", long.class);
      BOTTOM = lookup.findVarHandle(WorkStealingDequeLayout.Bottom.class, "bottom", long.class);
      ARRAY = lookup.findVarHandle(WorkStealingDequeLayout.Bottom.class, "array", Object[].class);
    } catch (ReflectiveOperationException e) {
      throw new ExceptionInInitializerError(e);
    }
  }

  /** An empty deque with room for 64 elements before it first grows. */
  public WorkStealingDeque() {
    this(DEFAULT_CAPACITY);
  }

  /**
   * An empty deque with room for {@code initialCapacity} elements (rounded up to a power of two)
   * before it first grows.
   *
   * @throws IllegalArgumentException if {@code initialCapacity} is not in 1..2^30
   */
  public WorkStealingDeque(int initialCapacity) {
    if (initialCapacity < 1 || initialCapacity > MAX_CAPACITY) {
      throw new IllegalArgumentException(
          "initial capacity must be in 1.." + MAX_CAPACITY + ", was " + initialCapacity);
    }
    // plain: the fields reach other threads with the deque itself, which must be published safely
    array = new Object[Capacity.ceilPowerOfTwo(initialCapacity)];
  }

  /**
   * Pushes {@code element} at the bottom. Owner thread only.
   *
   * @throws NullPointerException if {@code element} is null
   * @throws IllegalStateException if the deque already holds 2^30 elements
   */
  public void push(T element) {
    Objects.requireNonNull(element, "element");
    long b = bottom; // plain: only the owner writes bottom, and this is the owner
    // acquire: a thief reads its slot before its CAS moves top past it; seeing that top here puts
    // the thief's read before the owner's reuse (or clearing) of the slot (Lê et al.: acquire)
    long t = (long) TOP.getAcquire(this);
    Object[] a = array; // plain: only the owner writes array
    if (b - t > a.length - 1) {
      a = grow(a, b, t);
    }
    clearStolen(a, t);
    a[index(b, a)] = element; // plain: published to thieves by the release store of bottom below
    // release: publishes the element (and everything written before push) to a thief whose
    // acquire load of bottom reads this value (Lê et al.: release fence, then a relaxed store)
    BOTTOM.setRelease(this, b + 1);
  }

  /**
   * Pops the most recently pushed element, or returns null if the deque is empty (including when a
   * thief took the last element first). Owner thread only.
   */
  public T pop() {
    long b = bottom - 1; // plain: only the owner writes bottom
    Object[] a = array; // plain: only the owner writes array
    // opaque: thieves read bottom concurrently (C11 relaxed); its ordering against the read of
    // top comes from the fence below, not from this store
    BOTTOM.setOpaque(this, b);
    // seq_cst fence: a store-load barrier between "bottom = b" and "read top"; paired with the
    // fence in steal it makes the owner and a thief that both go for the last element see each
    // other, so at least one of them reaches the CAS on top (Lê et al.: fence(seq_cst))
    VarHandle.fullFence();
    long t = (long) TOP.getOpaque(this); // opaque: ordered by the fence above (Lê et al.: relaxed)
    if (t > b) {
      // empty: restore bottom = top. opaque: as above; no element is published by this store
      BOTTOM.setOpaque(this, b + 1);
      clearStolen(a, t);
      return null;
    }
    int slot = index(b, a);
    Object x = a[slot]; // plain: the owner itself wrote this slot
    if (t == b) {
      // the last element: thieves may be after it too. volatile CAS (Lê et al.: seq_cst): the one
      // CAS on top that succeeds decides who gets it
      if (!TOP.compareAndSet(this, t, t + 1)) {
        x = null;
      }
      // opaque: bottom = top again (empty); the CAS already decided the race, so this store has
      // nothing to publish
      BOTTOM.setOpaque(this, b + 1);
    }
    // plain: no thief can win slot b any more (top > b, or top < b after the fence so that thieves
    // stop short of b), and a thief that won it read it before its CAS, which the owner's CAS or
    // fenced read of top has seen; a stale thief that reads the cleared slot fails its CAS
    a[slot] = null;
    clearStolen(a, t);
    @SuppressWarnings("unchecked") // only T values are stored in the array
    T element = (T) x;
    return element;
  }

  /**
   * Steals the oldest element. Returns null if the deque is empty <em>or if this thread lost a
   * race</em> for the element to the owner or to another thief; a caller that needs to tell the
   * two apart checks {@link #isEmpty()} and may try again. Any thread.
   */
  public T steal() {
    Object x = stealOrAbort();
    @SuppressWarnings("unchecked") // only T values are stored in the array; ABORT is not returned
    T element = x == ABORT ? null : (T) x;
    return element;
  }

  /**
   * One steal attempt: the element, null when the deque is empty, or {@link #ABORT} when the CAS on
   * top lost to another thread (the tests use it to retry only lost races).
   */
  Object stealOrAbort() {
    // acquire (Lê et al.): keeps the fence and the loads below after this load of top
    long t = (long) TOP.getAcquire(this);
    // seq_cst fence: pairs with the fence in pop (see there)
    VarHandle.fullFence();
    // acquire: synchronizes with the release store of bottom in push, so the element in slot t
    // and everything the owner wrote before pushing it are visible below
    long b = (long) BOTTOM.getAcquire(this);
    if (t >= b) {
      return null;
    }
    // acquire: pairs with the release store in grow, so a new array is seen with its copied
    // slots (Lê et al. use consume, which Java does not have)
    Object[] a = (Object[]) ARRAY.getAcquire(this);
    // plain: ordered after the acquire loads above; the value counts only if the CAS succeeds (a
    // slot can be reused or cleared only after top has moved past t, which fails the CAS)
    Object x = a[index(t, a)];
    // volatile CAS (Lê et al.: seq_cst): claims element t against the other thieves and the owner
    if (!TOP.compareAndSet(this, t, t + 1)) {
      return ABORT;
    }
    return x;
  }

  /**
   * The number of elements, as a snapshot that may be out of date by the time it returns (and,
   * while operations run, may never have been exact): for heuristics such as choosing a victim.
   * Exact when called by the owner while no thief is stealing. Any thread.
   */
  public int size() {
    // opaque (both): an estimate needs fresh values, not ordering
    long b = (long) BOTTOM.getOpaque(this);
    long t = (long) TOP.getOpaque(this);
    long n = b - t;
    return n <= 0 ? 0 : (int) Math.min(n, Integer.MAX_VALUE);
  }

  /**
   * Whether the deque looks empty. Like {@link #size()} a snapshot: exact for the owner while no
   * thief is stealing; for other threads it may briefly say empty while the owner pops the last
   * element that a thief then takes. Any thread.
   */
  public boolean isEmpty() {
    return size() == 0;
  }

  /** The length of the current array (for tests). Owner thread only. */
  int arrayLength() {
    return array.length; // plain: owner only
  }

  /** How many slots of the current array hold a reference (for tests). Owner thread only. */
  int occupiedSlots() {
    int n = 0;
    for (Object o : array) { // plain: owner only, and the owner's own writes
      if (o != null) {
        n++;
      }
    }
    return n;
  }

  /** Replaces {@code a} by an array twice as long holding the live elements [t, b). */
  private Object[] grow(Object[] a, long b, long t) {
    if (a.length == MAX_CAPACITY) {
      throw new IllegalStateException("work-stealing deque is full (" + MAX_CAPACITY + " elements)");
    }
    Object[] grown = new Object[a.length * 2];
    for (long i = t; i < b; i++) {
      grown[index(i, grown)] = a[index(i, a)]; // plain: published by the release store below
    }
    // release: a thief that acquires the new array also sees the slots copied into it. The old
    // array stays valid for thieves still reading it: its slots [t, b) are unchanged
    ARRAY.setRelease(this, grown);
    cleared = t; // plain: owner-private; the new array holds nothing below t
    return grown;
  }

  /**
   * Clears the slots of elements that thieves took (indices below {@code t}, the top the owner
   * just read with acquire or after the fence): every such thief read its slot before its CAS, so
   * the slot is dead. Between two owner operations top moves at most to bottom, so these indices
   * never alias a live slot.
   */
  private void clearStolen(Object[] a, long t) {
    long c = cleared; // plain: owner-private
    for (; c < t; c++) {
      a[index(c, a)] = null; // plain: a stale thief reading null fails its CAS
    }
    cleared = c;
  }

  private static int index(long i, Object[] a) {
    return (int) (i & (a.length - 1));
  }
}
