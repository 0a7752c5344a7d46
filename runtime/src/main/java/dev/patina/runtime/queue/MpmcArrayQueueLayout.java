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
    /** Per-slot sequence numbers (Vyukov): who may use the slot next. */
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

  /** The next index a producer claims; CASed by producers. */
  abstract static class ProducerIndex extends PadBeforeProducer {
    long producerIndex;

    ProducerIndex(int capacity) {
      super(capacity);
    }
  }

  abstract static class PadBeforeConsumer extends ProducerIndex {
    long p20, p21, p22, p23, p24, p25, p26, p27;
    long p28, p29, p30, p31, p32, p33, p34, p35;

    PadBeforeConsumer(int capacity) {
      super(capacity);
    }
  }

  /** The next index a consumer claims; CASed by consumers. */
  abstract static class ConsumerIndex extends PadBeforeConsumer {
    long consumerIndex;

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
