package dev.patina.runtime.queue;

import org.jetbrains.lincheck.datastructures.Operation;

/**
 * The operations Lincheck runs against a {@link ConcurrentQueue}: {@code offer}, {@code poll},
 * {@code peek} and {@code isEmpty}, whose results it checks against {@link Spec}. {@code size} is
 * left out here because it is not linearizable in every queue; {@link Bounded} adds it.
 */
public abstract class QueueOperations {

  /** Capacity of the bounded queues under test: small, so that scenarios reach "full". */
  static final int CAPACITY = 2;

  private final ConcurrentQueue<Integer> queue;

  protected QueueOperations(ConcurrentQueue<Integer> queue) {
    this.queue = queue;
  }

  @Operation
  public boolean offer(int x) {
    return queue.offer(x);
  }

  @Operation
  public Integer poll() {
    return queue.poll();
  }

  @Operation
  public Integer peek() {
    return queue.peek();
  }

  @Operation
  public boolean isEmpty() {
    return queue.isEmpty();
  }

  /** The operations of a bounded queue whose {@code size} claims to be linearizable. */
  public abstract static class Bounded extends QueueOperations {
    private final ConcurrentQueue<Integer> queue;

    protected Bounded(ConcurrentQueue<Integer> queue) {
      super(queue);
      this.queue = queue;
    }

    @Operation
    public int size() {
      return queue.size();
    }
  }

  /** The sequential specification of an unbounded FIFO queue. */
  public static class Spec {
    private final java.util.ArrayDeque<Integer> q = new java.util.ArrayDeque<>();

    public boolean offer(int x) {
      return q.offer(x);
    }

    public Integer poll() {
      return q.poll();
    }

    public Integer peek() {
      return q.peek();
    }

    public boolean isEmpty() {
      return q.isEmpty();
    }

    public int size() {
      return q.size();
    }
  }

  /** The sequential specification of a FIFO queue of {@link #CAPACITY} elements. */
  public static class BoundedSpec extends Spec {
    @Override
    public boolean offer(int x) {
      return size() < CAPACITY && super.offer(x);
    }
  }
}
