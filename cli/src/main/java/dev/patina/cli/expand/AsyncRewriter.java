package dev.patina.cli.expand;

import dev.patina.processors.async.AsyncProcessor;
import dev.patina.processors.async.MachinePlan;
import java.util.function.Consumer;
import javax.annotation.processing.Processor;

/**
 * Makes the async rewriter report its plans: Patina's processors are found by {@code
 * ServiceLoader}, with the rewriter's no-arg constructor; for {@code patina expand} it is replaced
 * by one made with {@code AsyncProcessor(Consumer<MachinePlan>)}, which hands every plan it builds
 * to the consumer.
 */
final class AsyncRewriter {

  /** The rewriter's class. */
  static final String PROCESSOR = AsyncProcessor.class.getName();

  private AsyncRewriter() {}

  /** Whether {@code p} is the rewriter. */
  static boolean is(Processor p) {
    return p instanceof AsyncProcessor;
  }

  /** A rewriter that gives its plans to {@code plans}, in place of {@code found}. */
  static Processor reporting(Processor found, Consumer<MachinePlan> plans) {
    return new AsyncProcessor(plans);
  }
}
