package dev.patina.bench.executor;

import dev.patina.runtime.executor.Executor;
import dev.patina.runtime.future.Context;
import dev.patina.runtime.future.Future;
import dev.patina.runtime.future.Poll;

/**
 * The future given to {@code blockOn} of the current-thread executor: spawns {@code first} (from
 * inside the executor) at its first poll, then waits for {@code done}.
 */
final class SpawnThenAwait implements Future<Void> {
  private final Future<Void> first;
  private final Done done;
  private boolean spawned;

  SpawnThenAwait(Future<Void> first, Done done) {
    this.first = first;
    this.done = done;
  }

  @Override
  public Poll<Void> poll(Context cx) {
    if (!spawned) {
      spawned = true;
      Executor.current().spawn(first).detach();
    }
    return done.poll(cx);
  }
}
