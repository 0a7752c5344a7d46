package dev.patina.runtime.queue;

/**
 * The field layout of {@link MpmcArrayQueue}: the read-only buffer fields first, then the producer
 * index and the consumer index on cache lines of their own (see {@link WorkStealingDequeLayout}
 * for why a chain of classes).
 */
final class MpmcArrayQueueLayout {

  private MpmcArrayQueueLayout() {}

  /** Set once in the constructor, then only read: may share a line with anything read-mostly. */
  abstract static class Buffer {
    /** The elements; slot i holds the element of index i, i + capacity, ... */
    final Object[] buffer;
    /** Per-slot sequence numbers (Vyukov): who may use the slot next. Same length as buffer. */
    final long[] sequence;

    Buffer(int capacity) {
      buffer = new Object[capacity];
      sequence = new long[capacity];
      for (int i = 0; i < capacity; i++) {
        // plain: final-field semantics publish the array contents with the queue; slot i is free
        // for the producer of index i
        sequence[i] = i;
      }
    }
  }

  abstract static class PadBeforeProducer extends Buffer {
    long p00, p01, p02, p03, p04, p05, p06, p07;
    long p08, p09, p10, p11, p12, p13, p14, p15;

    PadBeforeProducer(int capacity) {
      super(capacity);
    }
  }

  /**
   * The next index a producer claims (CASed by producers), and beside it, on the producers' line,
   * their cache of the consumer index: every index below {@code producerLimit} has had its previous
   * lap's element claimed by a consumer, so a producer below it need not read the consumers' line.
   */
  abstract static class ProducerIndex extends PadBeforeProducer {
    long producerIndex;
    /** A consumer index some producer read, plus the capacity; never ahead of the real one. */
    long producerLimit;

    ProducerIndex(int capacity) {
      super(capacity);
      // plain: a thread that still sees the default 0 only reads the consumer index once more
      producerLimit = capacity;
    }
  }

  abstract static class PadBeforeConsumer extends ProducerIndex {
    long p20, p21, p22, p23, p24, p25, p26, p27;
    long p28, p29, p30, p31, p32, p33, p34, p35;

    PadBeforeConsumer(int capacity) {
      super(capacity);
    }
  }

  /**
   * The next index a consumer claims (CASed by consumers), and beside it their cache of the
   * producer index: every index below {@code consumerLimit} has been claimed by a producer, so a
   * consumer below it need not read the producers' line.
   */
  abstract static class ConsumerIndex extends PadBeforeConsumer {
    long consumerIndex;
    /** A producer index some consumer read; never ahead of the real one. Starts at 0. */
    long consumerLimit;

    ConsumerIndex(int capacity) {
      super(capacity);
    }
  }

  abstract static class PadAfter extends ConsumerIndex {
    long p40, p41, p42, p43, p44, p45, p46, p47;
    long p48, p49, p50, p51, p52, p53, p54, p55;

    PadAfter(int capacity) {
      super(capacity);
    }
  }
}
