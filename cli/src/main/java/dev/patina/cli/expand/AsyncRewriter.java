package dev.patina.cli.expand;

import dev.patina.processors.async.MachinePlan;
import java.lang.reflect.InvocationTargetException;
import java.util.function.Consumer;
import javax.annotation.processing.Processor;

/**
 * Makes the async rewriter report its plans. The rewriter is found like every Patina processor (by
 * {@code ServiceLoader}, with its no-arg constructor); for {@code patina expand} it is made again
 * through its public constructor {@code AsyncProcessor(Consumer<MachinePlan>)}, which hands every
 * plan it builds to the consumer. It is looked up by name so that the CLI needs no more of the
 * processors than that constructor.
 */
final class AsyncRewriter {

  /** The rewriter's class. */
  static final String PROCESSOR = "dev.patina.processors.async.AsyncProcessor";

  private AsyncRewriter() {}

  /** Whether {@code p} is the rewriter. */
  static boolean is(Processor p) {
    return p.getClass().getName().equals(PROCESSOR);
  }

  /**
   * A rewriter like {@code found} that gives its plans to {@code plans}.
   *
   * @throws IllegalStateException if the rewriter has no such constructor, or it failed
   */
  static Processor reporting(Processor found, Consumer<MachinePlan> plans) {
    try {
      return (Processor) found.getClass().getConstructor(Consumer.class).newInstance(plans);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(PROCESSOR + "(Consumer) failed: " + e.getCause(), e.getCause());
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(PROCESSOR + " has no public constructor (Consumer<MachinePlan>): " + e, e);
    }
  }
}
