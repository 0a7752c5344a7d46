package dev.patina.runtime.sync;

import dev.patina.runtime.future.Context;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.future.Poll;
import java.util.Objects;

/**
 * An asynchronous mutual-exclusion lock around a value: {@link #lock()} waits, without blocking a
 * thread, for the value, and gives a {@link MutexGuard} that releases it when closed. Fair: tasks
 * get the lock in the order they asked for it. A {@link Lock} future may be {@linkplain
 * Lock#cancel() cancelled} at any point; if the lock had already been handed to it, it passes
 * straight on to the next waiter.
 *
 * <p>Use it, like Tokio's, when the guard must be held across an {@code await}; for short
 * critical sections that never suspend, a {@code java.util.concurrent} lock is cheaper.
 *
 * <p>What allocates: {@link #lock()} makes the {@link Lock} future and its guard (two small
 * objects); polling allocates nothing.
 *
 * @param <T> the type of the protected value
 */
public final class Mutex<T> {

  private final Semaphore permit = new Semaphore(1);
  // guarded by the permit: written and read only by the guard's holder; the semaphore's CAS on
  // acquire and release orders the accesses of successive holders
  private T value;

  /** A mutex around {@code value} (which may be {@code null}). */
  public Mutex(T value) {
    this.value = value;
  }

  /** A future that completes with the guard once this task holds the lock. */
  public Lock<T> lock() {
    return new Lock<>(this);
  }

  /** The guard if the lock is free and no one waits for it, otherwise {@code null}; never waits. */
  public MutexGuard<T> tryLock() {
    return permit.tryAcquire(1) ? new MutexGuard<>(this) : null;
  }

  /** Whether someone holds the lock right now (a snapshot, for diagnostics and tests). */
  public boolean isLocked() {
    return permit.availablePermits() == 0;
  }

  T value() {
    return value;
  }

  void setValue(T v) {
    value = v;
  }

  void unlock() {
    permit.release(1);
  }

  /**
   * The future of {@link Mutex#lock()}. Poll and cancel it from the task that owns it; once it is
   * ready, the guard is the caller's to close.
   *
   * @param <T> the type of the protected value
   */
  public static final class Lock<T> implements Future<MutexGuard<T>> {
    private final Mutex<T> mutex;
    private final Semaphore.Acquire acquire;

    Lock(Mutex<T> mutex) {
      this.mutex = Objects.requireNonNull(mutex, "mutex");
      this.acquire = mutex.permit.acquire(1);
    }

    @Override
    @SuppressWarnings("ownership:P1002") // the poll's taker owns the guard; ready() only borrows
    public Poll<MutexGuard<T>> poll(Context cx) {
      return switch (acquire.poll(cx)) {
        case Poll.Ready<Void> r -> Poll.ready(new MutexGuard<>(mutex));
        case Poll.Failed<Void>(Throwable cause) -> Poll.failed(cause);
        case Poll.Pending<Void> p -> Poll.pending();
      };
    }

    /**
     * Stops waiting for the lock. If the lock had been handed to this future but the guard not
     * yet taken, the lock goes to the next waiter (or becomes free). A completed future is left
     * alone: its guard releases the lock. Idempotent.
     */
    public void cancel() {
      acquire.cancel();
    }
  }
}
