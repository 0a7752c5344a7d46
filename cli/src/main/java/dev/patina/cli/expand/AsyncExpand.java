package dev.patina.cli.expand;

import dev.patina.processors.async.MachinePlan;
import java.util.ArrayList;
import java.util.List;
import javax.annotation.processing.Processor;

/**
 * One {@code patina expand Class#method}: the processors to compile the sources with (Patina's, the
 * rewriter made to report its plans here, and a {@link MethodFinder} for the method), and, once the
 * compilation is over, what to show.
 */
public final class AsyncExpand {

  private final MethodRef ref;
  private final MethodFinder finder;
  private final List<MachinePlan> plans = new ArrayList<>();
  private boolean rewriter;

  public AsyncExpand(MethodRef ref) {
    this.ref = ref;
    this.finder = new MethodFinder(ref);
  }

  /**
   * {@code patina}, Patina's processors, with the rewriter among them replaced by one that reports
   * to this, and the finder after them.
   *
   * @throws IllegalStateException if the rewriter cannot be made to report its plans
   */
  public List<Processor> processors(List<Processor> patina) {
    List<Processor> all = new ArrayList<>();
    for (Processor p : patina) {
      if (AsyncRewriter.is(p)) {
        rewriter = true;
        all.add(AsyncRewriter.reporting(p, plans::add));
      } else {
        all.add(p);
      }
    }
    all.add(finder);
    return all;
  }

  /** What to show, from what the compilation found; call it after the compilation. */
  public Selection selection() {
    return Selection.of(ref, finder.found(), plans, rewriter);
  }
}
