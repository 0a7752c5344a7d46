package dev.patina.runtime.sync;

import static dev.patina.runtime.testing.LincheckRuns.SYNC;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.jetbrains.lincheck.LincheckAssertionError;
import org.jetbrains.lincheck.datastructures.IntGen;
import org.jetbrains.lincheck.datastructures.Operation;
import org.jetbrains.lincheck.datastructures.Param;
import org.junit.jupiter.api.Test;

/**
 * Linearizability of the semaphore's non-blocking operations ({@code tryAcquire}, {@code
 * release}, {@code close}, {@code availablePermits}), with a negative control: the same
 * operations on a semaphore whose {@code tryAcquire} reads and then writes instead of using a CAS
 * must fail, or the configuration is too weak to mean anything.
 */
class SemaphoreLincheckTest {

  @Param(name = "n", gen = IntGen.class, conf = "1:3")
  public static class Ops {
    private final Semaphore s = new Semaphore(2);

    @Operation
    public boolean tryAcquire(@Param(name = "n") int n) {
      return s.tryAcquire(n);
    }

    @Operation
    public void release(@Param(name = "n") int n) {
      s.release(n);
    }

    @Operation
    public int availablePermits() {
      return s.availablePermits();
    }

    @Operation
    public void close() {
      s.close();
    }
  }

  /** A racy counting semaphore: check, then set. */
  public static final class RacySemaphore {
    private volatile int permits = 2;

    boolean tryAcquire(int n) {
      int p = permits;
      if (p < n) {
        return false;
      }
      permits = p - n;
      return true;
    }

    synchronized void release(int n) {
      permits += n;
    }
  }

  @Param(name = "n", gen = IntGen.class, conf = "1:3")
  public static class RacyOps {
    private final RacySemaphore s = new RacySemaphore();

    @Operation
    public boolean tryAcquire(@Param(name = "n") int n) {
      return s.tryAcquire(n);
    }

    @Operation
    public void release(@Param(name = "n") int n) {
      s.release(n);
    }
  }

  @Test
  void modelChecking() {
    SYNC.modelChecking().check(Ops.class);
  }

  @Test
  void stress() {
    SYNC.stress().check(Ops.class);
  }

  @Test
  void theConfigurationCatchesARacySemaphore() {
    assertThatThrownBy(() -> SYNC.modelChecking().check(RacyOps.class))
        .isInstanceOf(LincheckAssertionError.class);
  }
}
