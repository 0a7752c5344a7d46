package dev.patina.runtime.queue;

import static dev.patina.runtime.testing.LincheckRuns.QUEUES;

import java.util.concurrent.ConcurrentLinkedQueue;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Linearizability of the two queues under Lincheck's model checker and stress mode, and the same
 * tests against {@link ConcurrentLinkedQueue} and JCTools' {@code MpmcArrayQueue} as positive
 * controls: if those failed, the test (not the queue) would be wrong.
 */
class QueueLincheckTest {

  public static class MsQueueOps extends QueueOperations {
    public MsQueueOps() {
      super(new MsQueue<>());
    }
  }

  public static class MpmcArrayQueueOps extends QueueOperations.Bounded {
    public MpmcArrayQueueOps() {
      super(new MpmcArrayQueue<>(CAPACITY));
    }
  }

  public static class ConcurrentLinkedQueueOps extends QueueOperations {
    public ConcurrentLinkedQueueOps() {
      super(new JavaQueue<>(new ConcurrentLinkedQueue<>()));
    }
  }

  public static class JctoolsMpmcArrayQueueOps extends QueueOperations.Bounded {
    public JctoolsMpmcArrayQueueOps() {
      super(new JavaQueue<>(new org.jctools.queues.MpmcArrayQueue<>(CAPACITY)));
    }
  }

  @Nested
  class MsQueueTests {
    @Test
    void modelChecking() {
      QUEUES.modelChecking(QueueOperations.Spec.class).check(MsQueueOps.class);
    }

    @Test
    void stress() {
      QUEUES.stress(QueueOperations.Spec.class).check(MsQueueOps.class);
    }
  }

  @Nested
  class MpmcArrayQueueTests {
    @Test
    void modelChecking() {
      QUEUES.modelChecking(QueueOperations.BoundedSpec.class).check(MpmcArrayQueueOps.class);
    }

    @Test
    void stress() {
      QUEUES.stress(QueueOperations.BoundedSpec.class).check(MpmcArrayQueueOps.class);
    }
  }

  @Nested
  class PositiveControls {
    @Test
    void concurrentLinkedQueueModelChecking() {
      QUEUES.modelChecking(QueueOperations.Spec.class).check(ConcurrentLinkedQueueOps.class);
    }

    @Test
    void concurrentLinkedQueueStress() {
      QUEUES.stress(QueueOperations.Spec.class).check(ConcurrentLinkedQueueOps.class);
    }

    @Test
    void jctoolsMpmcArrayQueueModelChecking() {
      QUEUES.modelChecking(QueueOperations.BoundedSpec.class).check(JctoolsMpmcArrayQueueOps.class);
    }

    @Test
    void jctoolsMpmcArrayQueueStress() {
      QUEUES.stress(QueueOperations.BoundedSpec.class).check(JctoolsMpmcArrayQueueOps.class);
    }
  }
}
