package dev.patina.runtime.sync;

import dev.patina.ownership.Consume;
import dev.patina.ownership.Linear;

/**
 * Access to the value of a locked {@link Mutex}; {@link #close()} unlocks it. It is {@code
 * @Linear}: with Patina's ownership checker on, a guard that is not closed on some path is a
 * compile error (P1001), as leaving a Rust {@code MutexGuard} alive would keep the lock. Use it in
 * try-with-resources:
 *
 * <pre>{@code
 * try (MutexGuard<List<String>> g = await(names.lock())) {
 *   g.get().add(name);
 * }
 * }</pre>
 *
 * @param <T> the type of the protected value
 */
@Linear
public final class MutexGuard<T> implements AutoCloseable {

  private final Mutex<T> mutex;
  // confined to the holder: a guard is used by one task at a time
  private boolean released;

  MutexGuard(Mutex<T> mutex) {
    this.mutex = mutex;
  }

  /** The protected value. */
  public T get() {
    check();
    return mutex.value();
  }

  /** Replaces the protected value. */
  public void set(T value) {
    check();
    mutex.setValue(value);
  }

  /** Unlocks the mutex; the next waiter, if any, gets it. */
  @Override
  @Consume
  public void close() {
    check();
    released = true;
    mutex.unlock();
  }

  private void check() {
    if (released) {
      throw new IllegalStateException("the mutex guard was already closed");
    }
  }
}
