package dev.patina.examples.pin;

import dev.patina.ownership.Consume;
import dev.patina.ownership.Linear;
import dev.patina.ownership.Owned;
import dev.patina.runtime.future.Context;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.future.Poll;
import java.util.ArrayList;
import java.util.List;

/**
 * Sums the numbers of a pinned {@link NumberScan}, one number per poll: a state machine written
 * by hand, as an {@code @Async} method is rewritten into. Between numbers it wakes its own waker
 * and returns pending (Tokio's {@code yield_now}), so an executor runs other tasks in between.
 *
 * <p>The first poll makes the struct self-referential ({@link NumberScan#start}); every poll then
 * parses through the struct's cursor. The future owns the {@link Pinned} handle: nobody else can
 * reach the struct while it runs, and {@link #close} frees it.
 */
@Linear
public final class SumFuture implements Future<Long> {

  /** Where the future is: Rust's generated states are "unresumed", "suspended" and "returned". */
  private enum State { UNSTARTED, SCANNING, DONE }

  /** What one poll saw: where the struct was, and where its cursor pointed after the poll. */
  public record Step(long structAddress, long cursor) {}

  private final @Owned Pinned<NumberScan> scan;
  private State state = State.UNSTARTED;
  private final List<Step> steps = new ArrayList<>();

  /** A future over {@code scan}, which must not have started. */
  public SumFuture(@Owned Pinned<NumberScan> scan) {
    this.scan = scan;
  }

  @Override
  public Poll<Long> poll(Context cx) {
    boolean finished;
    try {
      finished = switch (state) {
        case UNSTARTED -> {
          NumberScan.start(scan);
          state = State.SCANNING;
          yield NumberScan.step(scan);
        }
        case SCANNING -> NumberScan.step(scan);
        case DONE -> throw new IllegalStateException("a finished future is not polled again");
      };
    } catch (IllegalArgumentException | ArithmeticException e) {
      state = State.DONE;
      return Poll.failed(e);
    }
    steps.add(new Step(scan.address(), NumberScan.cursor(scan)));
    if (finished) {
      state = State.DONE;
      return Poll.ready(NumberScan.sum(scan));
    }
    cx.waker().wake();
    return Poll.pending();
  }

  /** The address of the struct, which does not change while the future lives. */
  public long structAddress() {
    return scan.address();
  }

  /** What each poll that parsed a number saw, in order. */
  public List<Step> steps() {
    return List.copyOf(steps);
  }

  /** Frees the struct, finished or not. */
  @Consume
  public void close() {
    scan.close();
  }
}
